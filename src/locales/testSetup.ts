// Unit tests read the interface in English, from the same compiled catalogues the app loads.
import { activateLanguage } from './testing';

activateLanguage('en');
