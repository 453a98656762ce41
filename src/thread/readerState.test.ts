import { describe, expect, it } from 'vitest';
import { isCollapsed } from './collapse';
import { keyOutcome, waitingCommands } from './keys';
import { navigate } from './navigation';
import {
  initialReaderState,
  keyRoute,
  reduce,
  readerRows,
  searchLeaveTarget,
  tabStopId,
  type KeyFocus,
  type KeyPress,
  type ReaderCommand,
  type ReaderContext,
  type ReaderState,
} from './readerState';
import { orderThread, type SortMode } from './sort';
import { makeChain, makeComment } from './testTrees';
import { buildThreadIndex } from './threadIndex';

const THRESHOLD = -10;

// Under the threshold of -10, 1.1 and 2 start collapsed. Rows as opened (source order):
// 0 1
// 1   1.1 (collapsed: 1.1.1, 1.1.1.1, 1.1.2 hidden)
// 2   1.2
// 3 2 (collapsed: 2.1 hidden)
// 4 3
// 5   3.1
const sample = () => [
  makeComment('1', 0, null, [
    makeComment('1.1', -20, null, [
      makeComment('1.1.1', 0, null, [makeComment('1.1.1.1', 5, null)]),
      makeComment('1.1.2', 0, null),
    ]),
    makeComment('1.2', 0, null),
  ]),
  makeComment('2', -15, null, [makeComment('2.1', 0, null)]),
  makeComment('3', 3, null, [makeComment('3.1', 0, null)]),
];

function setup(sort: SortMode = 'source') {
  const index = buildThreadIndex(sample());
  const context: ReaderContext = { index, order: orderThread(index, sort), navigate };
  const run = (commands: readonly ReaderCommand[], from = initialReaderState(THRESHOLD)) =>
    commands.reduce((state, command) => reduce(state, command, context), from);
  const shown = (state: ReaderState) =>
    readerRows(context, state.collapse).rows.map((row) => index.comments[row.index]!.id);
  const collapsed = (state: ReaderState, id: string) =>
    isCollapsed(state.collapse, index.comments[index.indexById.get(id)!]!);
  return { index, context, run, shown, collapsed };
}

const press = (key: string, focus: KeyFocus = 'page', more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  focus,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...more,
});

describe('initialReaderState', () => {
  it('collapses by the threshold, with nothing focused, highlighted or requested', () => {
    const { shown } = setup();
    const state = initialReaderState(THRESHOLD);
    expect(state.collapse.threshold).toBe(THRESHOLD);
    expect(state.focusedId).toBeNull();
    expect(state.highlightedId).toBeNull();
    expect(state.focusRequest).toBeNull();
    expect(state.helpOpen).toBe(false);
    expect(state.status).toBe('');
    expect(shown(state)).toEqual(['1', '1.1', '1.2', '2', '3', '3.1']);
  });
});

describe('collapse commands', () => {
  it('toggle opens and closes a comment by id', () => {
    const { run, shown } = setup();
    const opened = run([{ kind: 'toggle', id: '1.1' }]);
    expect(shown(opened)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      '1.1.1.1',
      '1.1.2',
      '1.2',
      '2',
      '3',
      '3.1',
    ]);
    expect(shown(run([{ kind: 'toggle', id: '1.1' }], opened))).toEqual(shown(run([])));
  });

  it('an unknown id changes nothing, and the same state comes back', () => {
    const { run } = setup();
    const state = initialReaderState(THRESHOLD);
    expect(run([{ kind: 'toggle', id: '9' }], state)).toBe(state);
    expect(run([{ kind: 'collapse-line', id: '9' }], state)).toBe(state);
  });

  it('a thread line collapses its comment and focuses it', () => {
    const { run, collapsed } = setup();
    const state = run([{ kind: 'collapse-line', id: '3' }]);
    expect(collapsed(state, '3')).toBe(true);
    expect(state.focusedId).toBe('3');
    expect(state.focusRequest).toEqual({ id: '3', block: 'nearest', focus: true, seq: 1 });
  });

  it('collapse all and expand all cover every comment; a threshold brings its rule back', () => {
    const { run, shown } = setup();
    expect(shown(run([{ kind: 'collapse-all' }]))).toEqual(['1', '2', '3']);
    const all = run([{ kind: 'expand-all' }]);
    expect(shown(all)).toHaveLength(10);
    const back = run([{ kind: 'threshold', threshold: -16 }], all);
    expect(back.collapse.threshold).toBe(-16);
    expect(shown(back)).toEqual(['1', '1.1', '1.2', '2', '2.1', '3', '3.1']);
    expect(shown(run([{ kind: 'threshold', threshold: 0 }], all))).toEqual(['1', '2', '3', '3.1']);
  });

  it('a command that changes nothing gives the same state, so React bails out before the rows', () => {
    const { run } = setup();
    const all = run([{ kind: 'collapse-all' }]);
    expect(run([{ kind: 'toggle-current' }], all)).toBe(all);
    const focused = run([{ kind: 'focused', id: '1' }], all);
    expect(run([{ kind: 'collapse-current' }], focused)).toBe(focused);
    expect(run([{ kind: 'focused', id: '1' }], focused)).toBe(focused);
    expect(run([{ kind: 'close-help' }], focused)).toBe(focused);
  });

  it('never changes the state it is given', () => {
    const { run } = setup();
    const state = initialReaderState(THRESHOLD);
    const before = structuredClone(state);
    run(
      [
        { kind: 'permalink', hash: '#comment-1.1.1' },
        { kind: 'move', move: 'next' },
      ],
      state,
    );
    expect(state).toEqual(before);
  });
});

describe('keys', () => {
  it('map letters and arrows to moves, Enter, Space and arrows on a comment to collapse', () => {
    const { context } = setup();
    const state = initialReaderState(THRESHOLD);
    const outcome = (key: string, focus?: KeyFocus) =>
      keyOutcome(press(key, focus), state, false, context);
    expect(outcome('j')).toEqual({ kind: 'command', command: { kind: 'move', move: 'next' } });
    expect(outcome('t')).toEqual({ kind: 'command', command: { kind: 'move', move: 'top-level' } });
    expect(outcome('ArrowDown', 'thread')).toEqual({
      kind: 'command',
      command: { kind: 'move', move: 'next' },
    });
    expect(outcome('Enter', 'comment')).toEqual({
      kind: 'command',
      command: { kind: 'toggle-current' },
    });
    expect(outcome(' ', 'comment')).toEqual({
      kind: 'command',
      command: { kind: 'toggle-current' },
    });
    expect(outcome('ArrowRight', 'comment')).toEqual({
      kind: 'command',
      command: { kind: 'expand-current' },
    });
    // Nothing focused is open: Left goes to the parent (of nothing, so it does nothing).
    expect(outcome('ArrowLeft', 'comment')).toEqual({
      kind: 'command',
      command: { kind: 'move', move: 'parent' },
    });
    expect(outcome('?')).toEqual({ kind: 'command', command: { kind: 'show-help' } });
    expect(outcome('/')).toEqual({ kind: 'focus-search' });
  });

  it('leave arrows to the page and Enter to the focused button', () => {
    const { context } = setup();
    const state = initialReaderState(THRESHOLD);
    expect(keyOutcome(press('ArrowDown'), state, false, context)).toBeNull();
    expect(keyOutcome(press('Enter', 'thread'), state, false, context)).toBeNull();
    expect(keyOutcome(press('ArrowLeft', 'thread'), state, false, context)).toBeNull();
  });

  it('leave keys alone in fields, with modifiers, once handled, and while the help is open', () => {
    const { context } = setup();
    const state = initialReaderState(THRESHOLD);
    expect(keyOutcome(press('j', 'field'), state, false, context)).toBeNull();
    expect(keyOutcome(press('j', 'search-box'), state, false, context)).toBeNull();
    expect(keyOutcome(press('j', 'page', { altKey: true }), state, false, context)).toBeNull();
    expect(keyOutcome(press('j', 'page', { ctrlKey: true }), state, false, context)).toBeNull();
    expect(
      keyOutcome(press('j', 'page', { defaultPrevented: true }), state, false, context),
    ).toBeNull();
    const help = reduce(state, { kind: 'show-help' }, context);
    expect(help.helpOpen).toBe(true);
    expect(keyOutcome(press('j'), help, false, context)).toBeNull();
    // The dialog is modal and the search box behind it inert: the browser's own find takes Ctrl+F.
    expect(keyOutcome(press('f', 'page', { ctrlKey: true }), help, true, context)).toBeNull();
    expect(reduce(help, { kind: 'close-help' }, context).helpOpen).toBe(false);
  });

  it('send Ctrl+F and ⌘F to the search box of a virtualized thread, but not from the box', () => {
    const { context } = setup();
    const state = initialReaderState(THRESHOLD);
    const find = (focus: KeyFocus, virtualized: boolean, key: 'ctrlKey' | 'metaKey' = 'ctrlKey') =>
      keyOutcome(press('f', focus, { [key]: true }), state, virtualized, context);
    expect(find('page', true)).toEqual({ kind: 'focus-search' });
    expect(find('comment', true, 'metaKey')).toEqual({ kind: 'focus-search' });
    // Even a field's Ctrl+F: the browser's find could not see the thread's hidden rows.
    expect(find('field', true)).toEqual({ kind: 'focus-search' });
    expect(find('search-box', true)).toBeNull();
    expect(find('page', false)).toBeNull();
  });

  it('are routed as they go down: / to the search box at once, the rest to the key map', () => {
    const state = initialReaderState(THRESHOLD);
    expect(keyRoute(press('/'), state, false)).toBe('search');
    expect(keyRoute(press('/', 'comment'), state, false)).toBe('search');
    expect(keyRoute(press('j'), state, false)).toBe('map');
    // Keys the key map will turn down go to it too: only it knows them.
    expect(keyRoute(press('x', 'thread'), state, false)).toBe('map');
    expect(keyRoute(press('j', 'field'), state, false)).toBe('leave');
    expect(keyRoute(press('/', 'search-box'), state, false)).toBe('leave');
    expect(keyRoute(press('f', 'page', { ctrlKey: true }), state, true)).toBe('search');
    expect(keyRoute(press('f', 'page', { ctrlKey: true }), state, false)).toBe('leave');
    const help = reduce(state, { kind: 'show-help' }, setup().context);
    expect(keyRoute(press('/'), help, false)).toBe('leave');
  });

  it('that waited for the key map become commands in order, each read after those before it', () => {
    const { context, run } = setup();
    const presses = [
      press('j'),
      press('x', 'comment'),
      press('j', 'comment'),
      press('Enter', 'comment'),
      press('?', 'comment'),
      // Once the help is open, the dialog has the keys.
      press('j', 'comment'),
    ];
    const commands = waitingCommands(presses, initialReaderState(THRESHOLD), context, false);
    expect(commands).toEqual([
      { kind: 'move', move: 'next' },
      { kind: 'move', move: 'next' },
      { kind: 'toggle-current' },
      { kind: 'show-help' },
    ]);
    const state = run(commands);
    expect(state.focusedId).toBe('1.1');
    expect(state.helpOpen).toBe(true);
  });

  it('carry out moves and collapses on the focused comment through the reducer', () => {
    const { run, context, collapsed } = setup();
    const key = (state: ReaderState, k: string, focus: KeyFocus = 'comment') => {
      const outcome = keyOutcome(press(k, focus), state, false, context);
      return outcome?.kind === 'command' ? reduce(state, outcome.command, context) : state;
    };
    let state = key(run([]), 'j', 'page');
    expect(state.focusedId).toBe('1');
    state = key(key(state, 'j'), 'ArrowRight');
    expect(state.focusedId).toBe('1.1');
    expect(collapsed(state, '1.1')).toBe(false);
    state = key(state, 'Enter');
    expect(collapsed(state, '1.1')).toBe(true);
    state = key(state, ' ');
    expect(collapsed(state, '1.1')).toBe(false);
    state = key(state, 'ArrowLeft');
    expect(collapsed(state, '1.1')).toBe(true);
  });
});

/** Presses keys through the key map and the reducer, as the reader does. */
function presser(context: ReaderContext) {
  return (state: ReaderState, ...keys: readonly (string | [string, KeyFocus])[]) =>
    keys.reduce((current, entry) => {
      const [key, focus] = typeof entry === 'string' ? [entry, 'comment' as const] : entry;
      const outcome = keyOutcome(press(key, focus), current, false, context);
      return outcome?.kind === 'command' ? reduce(current, outcome.command, context) : current;
    }, state);
}

describe('tree keys (WAI-ARIA tree view)', () => {
  it('Right opens a collapsed comment, then goes to its first reply; on an open leaf, nothing', () => {
    const { run, context, collapsed } = setup();
    const keys = presser(context);
    // 1 is open: Right goes to its first reply, 1.1, which is collapsed.
    let state = keys(run([{ kind: 'focused', id: '1' }]), 'ArrowRight');
    expect(state.focusedId).toBe('1.1');
    expect(state.focusRequest).toMatchObject({ id: '1.1', block: 'nearest', focus: true });
    expect(collapsed(state, '1')).toBe(false);
    // Collapsed: Right opens it, and focus stays.
    state = keys(state, 'ArrowRight');
    expect(collapsed(state, '1.1')).toBe(false);
    expect(state.focusedId).toBe('1.1');
    state = keys(state, 'ArrowRight', 'ArrowRight');
    expect(state.focusedId).toBe('1.1.1.1');
    // An open comment with no reply: nothing to open, nowhere to go.
    expect(keys(state, 'ArrowRight')).toBe(state);
  });

  it('Left collapses an open comment, then goes to its parent; on a collapsed top-level one, nothing', () => {
    const { run, context, collapsed } = setup();
    const keys = presser(context);
    let state = run([{ kind: 'permalink', hash: '#comment-1.1.1.1' }]);
    state = keys(state, 'ArrowLeft');
    expect(collapsed(state, '1.1.1.1')).toBe(true);
    expect(state.focusedId).toBe('1.1.1.1');
    state = keys(state, 'ArrowLeft');
    expect(state.focusedId).toBe('1.1.1');
    expect(state.focusRequest).toMatchObject({ id: '1.1.1', block: 'nearest', focus: true });
    // 1.1.1 is open: Left closes it first, then goes up.
    state = keys(state, 'ArrowLeft');
    expect(collapsed(state, '1.1.1')).toBe(true);
    expect(keys(state, 'ArrowLeft').focusedId).toBe('1.1');
    // 2 starts collapsed and has no parent.
    const onTwo = run([{ kind: 'focused', id: '2' }]);
    expect(keys(onTwo, 'ArrowLeft')).toBe(onTwo);
    // 3 is open: Left closes it, and a second Left does nothing.
    const closed = keys(run([{ kind: 'focused', id: '3' }]), 'ArrowLeft');
    expect(collapsed(closed, '3')).toBe(true);
    expect(keys(closed, 'ArrowLeft')).toBe(closed);
  });

  it('Left and Right on a control inside a comment are the control’s', () => {
    const { run, context } = setup();
    const state = run([{ kind: 'focused', id: '1' }]);
    expect(keyOutcome(press('ArrowRight', 'thread'), state, false, context)).toBeNull();
    expect(keyOutcome(press('ArrowLeft', 'thread'), state, false, context)).toBeNull();
  });

  it('Home and End go to the first and the last visible comment, not into a collapsed one', () => {
    const { run, context } = setup();
    const keys = presser(context);
    const onOneTwo = run([{ kind: 'focused', id: '1.2' }]);
    const end = keys(onOneTwo, 'End');
    expect(end.focusedId).toBe('3.1');
    expect(end.focusRequest).toMatchObject({ id: '3.1', block: 'nearest', focus: true });
    expect(keys(end, 'Home').focusedId).toBe('1');
    // From a button in a comment too; outside the thread they are the page's.
    expect(keys(onOneTwo, ['End', 'thread']).focusedId).toBe('3.1');
    expect(keyOutcome(press('End', 'page'), onOneTwo, false, context)).toBeNull();
    expect(keyOutcome(press('Home', 'page'), onOneTwo, false, context)).toBeNull();
    // 3 collapsed: the last visible comment is 3 itself; 2.1 was never visible.
    const collapsedThree = keys(run([{ kind: 'focused', id: '3' }]), 'ArrowLeft', 'Home');
    expect(collapsedThree.focusedId).toBe('1');
    expect(keys(collapsedThree, 'End').focusedId).toBe('3');
  });

  it('move along a 5,000-deep chain', () => {
    const index = buildThreadIndex(makeChain(5000));
    const context: ReaderContext = { index, order: orderThread(index, 'source'), navigate };
    const keys = presser(context);
    const id = (depth: number) => index.comments[depth - 1]!.id;
    const open = reduce(initialReaderState(THRESHOLD), { kind: 'expand-all' }, context);
    let state = keys(reduce(open, { kind: 'focused', id: id(1) }, context), 'End');
    expect(state.focusedId).toBe(id(5000));
    state = keys(state, 'ArrowLeft', 'ArrowLeft');
    expect(state.focusedId).toBe(id(4999));
    state = keys(state, 'Home');
    expect(state.focusedId).toBe(id(1));
    state = keys(state, 'ArrowRight', 'ArrowRight');
    expect(state.focusedId).toBe(id(3));
    // Collapse comment 2,500 from there: End stops at it.
    state = keys(reduce(state, { kind: 'focused', id: id(2500) }, context), 'ArrowLeft', 'Home');
    expect(state.focusedId).toBe(id(1));
    state = keys(state, 'End');
    expect(state.focusedId).toBe(id(2500));
    expect(keys(state, 'ArrowLeft').focusedId).toBe(id(2499));
  });
});

describe('focus moves', () => {
  it('do nothing before the moves are loaded', () => {
    const { context } = setup();
    const state = reduce(initialReaderState(THRESHOLD), { kind: 'focused', id: '1' }, context);
    const before = { ...context, navigate: null };
    expect(reduce(state, { kind: 'move', move: 'next' }, before)).toBe(state);
  });

  it('leave focus in a field the reader went to while they waited, and still scroll', () => {
    const { run } = setup();
    const moved = run([
      { kind: 'focused', id: '1' },
      { kind: 'move', move: 'next' },
    ]);
    expect(moved.focusRequest).toEqual({ id: '1.1', block: 'nearest', focus: true, seq: 1 });
    const stayed = run([{ kind: 'focus-elsewhere' }], moved);
    expect(stayed.focusRequest).toEqual({ id: '1.1', block: 'nearest', focus: false, seq: 1 });
    // Still the comment j and k move from.
    expect(stayed.focusedId).toBe('1.1');
    expect(run([{ kind: 'focus-elsewhere' }], stayed)).toBe(stayed);
    const fresh = initialReaderState(THRESHOLD);
    expect(run([{ kind: 'focus-elsewhere' }], fresh)).toBe(fresh);
  });

  it('with nothing focused, j and t go to the first comment and the others do nothing', () => {
    const { run } = setup();
    const state = initialReaderState(THRESHOLD);
    expect(run([{ kind: 'move', move: 'next' }], state).focusedId).toBe('1');
    expect(run([{ kind: 'move', move: 'top-level' }], state).focusedId).toBe('1');
    for (const move of ['previous', 'next-sibling', 'previous-sibling', 'parent'] as const)
      expect(run([{ kind: 'move', move }], state)).toBe(state);
  });

  it('j, k, J, K, p and t follow the visible rows and ask for focus, nearest', () => {
    const { run } = setup();
    const from = (
      id: string,
      move: 'next' | 'previous' | 'next-sibling' | 'previous-sibling' | 'parent' | 'top-level',
    ) =>
      run([
        { kind: 'focused', id },
        { kind: 'move', move },
      ]);
    expect(from('1.1', 'next').focusedId).toBe('1.2');
    expect(from('2', 'previous').focusedId).toBe('1.2');
    expect(from('1', 'next-sibling').focusedId).toBe('2');
    expect(from('3', 'previous-sibling').focusedId).toBe('2');
    expect(from('3.1', 'parent').focusedId).toBe('3');
    expect(from('1.2', 'top-level').focusedId).toBe('1');
    expect(from('1.2', 'top-level').focusRequest).toEqual({
      id: '1',
      block: 'nearest',
      focus: true,
      seq: 1,
    });
  });

  it('follow the sort', () => {
    const { run } = setup('top');
    // Top: 3 (3), 1 (0), 2 (-15).
    const state = run([
      { kind: 'focused', id: '3' },
      { kind: 'move', move: 'next-sibling' },
    ]);
    expect(state.focusedId).toBe('1');
  });

  it('stop at the ends, leaving the state as it was', () => {
    const { run } = setup();
    const last = run([{ kind: 'focused', id: '3.1' }]);
    expect(run([{ kind: 'move', move: 'next' }], last)).toBe(last);
  });

  it('a new request for the same comment is told apart by its sequence number', () => {
    const { run } = setup();
    const state = run([
      { kind: 'focus', id: '1' },
      { kind: 'focus', id: '1' },
    ]);
    expect(state.focusRequest).toEqual({ id: '1', block: 'nearest', focus: true, seq: 2 });
  });

  it('focus arriving by itself moves where j starts from, without a request', () => {
    const { run } = setup();
    const state = run([{ kind: 'focused', id: '2' }]);
    expect(state.focusedId).toBe('2');
    expect(state.focusRequest).toBeNull();
    expect(run([{ kind: 'move', move: 'next' }], state).focusedId).toBe('3');
  });

  it('the current comment must be shown for Enter and the arrows to act', () => {
    const { run } = setup();
    // 1.1.1 is focused, then hidden by collapsing 1.1.
    const hidden = run([
      { kind: 'permalink', hash: '#comment-1.1.1' },
      { kind: 'toggle', id: '1.1' },
    ]);
    expect(hidden.focusedId).toBe('1.1.1');
    expect(run([{ kind: 'toggle-current' }], hidden)).toBe(hidden);
    expect(run([{ kind: 'expand-current' }], hidden)).toBe(hidden);
  });
});

describe('permalinks', () => {
  it('open the ancestors and the comment, highlight it and ask for focus, centred', () => {
    const { run, shown, collapsed } = setup();
    const state = run([{ kind: 'permalink', hash: '#comment-1.1.1.1' }]);
    expect(shown(state)).toContain('1.1.1.1');
    expect(collapsed(state, '1.1')).toBe(false);
    expect(state.highlightedId).toBe('1.1.1.1');
    expect(state.focusedId).toBe('1.1.1.1');
    expect(state.focusRequest).toEqual({ id: '1.1.1.1', block: 'center', focus: true, seq: 1 });
  });

  it('open a collapsed target itself too', () => {
    const { run, collapsed } = setup();
    expect(collapsed(run([{ kind: 'permalink', hash: '#comment-2' }]), '2')).toBe(false);
  });

  it('to an unknown comment, or another anchor, do nothing', () => {
    const { run } = setup();
    const state = initialReaderState(THRESHOLD);
    for (const hash of ['#comment-9.9', '#notes', '', '#comment-'])
      expect(run([{ kind: 'permalink', hash }], state)).toBe(state);
  });

  it('reach the end of a 5,000-deep chain', () => {
    const index = buildThreadIndex(makeChain(5000));
    const context = { index, order: orderThread(index, 'source'), navigate };
    const deepest = index.comments[4999]!.id;
    const state = reduce(
      reduce(initialReaderState(THRESHOLD), { kind: 'collapse-all' }, context),
      { kind: 'permalink', hash: `#comment-${encodeURIComponent(deepest)}` },
      context,
    );
    expect(readerRows(context, state.collapse).rows).toHaveLength(5000);
    expect(state.focusRequest?.id).toBe(deepest);
  });
});

describe('search moves', () => {
  it('reveal opens the path to the match and centres it, leaving focus in the search box', () => {
    const { run, shown, index } = setup();
    const focused = run([{ kind: 'focused', id: '3' }]);
    const state = run([{ kind: 'reveal', comment: index.indexById.get('1.1.1.1')! }], focused);
    expect(shown(state)).toContain('1.1.1.1');
    expect(state.focusRequest).toEqual({ id: '1.1.1.1', block: 'center', focus: false, seq: 1 });
    expect(state.focusedId).toBe('3');
    expect(state.highlightedId).toBeNull();
  });

  it('open-paths shows every comment given without moving focus or scrolling', () => {
    const { run, shown, index } = setup();
    const focused = run([{ kind: 'focused', id: '3' }]);
    const comments = Int32Array.from(['1.1.1.1', '2.1'], (id) => index.indexById.get(id)!);
    const state = run([{ kind: 'open-paths', comments }], focused);
    expect(shown(state)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      '1.1.1.1',
      '1.1.2',
      '1.2',
      '2',
      '2.1',
      '3',
      '3.1',
    ]);
    expect(state.focusRequest).toBe(focused.focusRequest);
    expect(state.focusedId).toBe('3');
  });

  it('reveal of an index outside the thread does nothing', () => {
    const { run } = setup();
    const state = initialReaderState(THRESHOLD);
    expect(run([{ kind: 'reveal', comment: 99 }], state)).toBe(state);
  });

  it('Escape from the search box goes to the current match, else the focused comment', () => {
    const { run, index } = setup();
    const state = initialReaderState(THRESHOLD);
    expect(searchLeaveTarget(state, index, null)).toBeNull();
    const focused = run([{ kind: 'focused', id: '2' }]);
    expect(searchLeaveTarget(focused, index, null)).toBe('2');
    expect(searchLeaveTarget(focused, index, index.indexById.get('3.1')!)).toBe('3.1');
  });
});

describe('tabStopId', () => {
  it('is the focused comment while it is rendered, else the first rendered one', () => {
    const { run, context, index } = setup();
    const state = run([{ kind: 'focused', id: '2' }]);
    const shown = readerRows(context, state.collapse);
    // Rows: 1, 1.1, 1.2, 2, 3, 3.1.
    expect(tabStopId(index, shown, '2', { start: 0, end: 6 })).toBe('2');
    expect(tabStopId(index, shown, '2', { start: 4, end: 6 })).toBe('3');
    expect(tabStopId(index, shown, '2', { start: 0, end: 3 })).toBe('1');
    expect(tabStopId(index, shown, null, { start: 1, end: 3 })).toBe('1.1');
    // Hidden: 2.1 is inside the collapsed 2.
    expect(tabStopId(index, shown, '2.1', { start: 0, end: 6 })).toBe('1');
    // An empty window (nothing measured yet) still names the row at its start.
    expect(tabStopId(index, shown, null, { start: 0, end: 0 })).toBe('1');
    const none = readerRows(context, run([{ kind: 'collapse-all' }]).collapse);
    expect(tabStopId(index, none, null, { start: 3, end: 3 })).toBeNull();
  });
});

describe('readerRows', () => {
  it('gives the same rows again for the same order and collapse state', () => {
    const { context, run } = setup();
    const state = run([{ kind: 'expand-all' }]);
    expect(readerRows(context, state.collapse)).toBe(readerRows(context, state.collapse));
    const other = { ...context, order: orderThread(context.index, 'top') };
    expect(readerRows(other, state.collapse)).not.toBe(readerRows(context, state.collapse));
  });

  it('places every shown comment at its row and hidden ones at -1', () => {
    const { context, index, run } = setup();
    const { rows, positions } = readerRows(context, run([]).collapse);
    rows.forEach((row, position) => expect(positions[row.index]).toBe(position));
    expect(positions[index.indexById.get('2.1')!]).toBe(-1);
  });
});

describe('status', () => {
  it('keeps the last word on the copied link', () => {
    const { run } = setup();
    expect(run([{ kind: 'status', text: 'Link copied to the clipboard.' }]).status).toBe(
      'Link copied to the clipboard.',
    );
  });
});
