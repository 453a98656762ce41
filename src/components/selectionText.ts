// How many documents are selected, in the words both the library's list and its bulk actions
// use (two features, which may not import each other): one message, one wording.

import { plural } from '@lingui/core/macro';

/** '3 documents selected' ('1,200 documents selected': the count in the interface's grouping). */
export function selectedText(selected: number): string {
  return plural(selected, { one: '# document selected', other: '# documents selected' });
}
