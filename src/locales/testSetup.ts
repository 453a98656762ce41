// Unit tests read the interface in English, from the same compiled catalogue the app loads.
import { i18n } from '@lingui/core';
import { messages } from './en/messages.po';

i18n.loadAndActivate({ locale: 'en', messages });
