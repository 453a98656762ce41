import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readCollapseThreshold, writeCollapseThreshold } from '../../library/preferences';
import type { ParsedDocument } from '../../parser/types';
import {
  collapseAll,
  expandAll,
  expandPath,
  initialCollapseState,
  isDimmed,
  setCollapsed,
  toggleCollapsed,
  withThreshold,
} from '../../thread/collapse';
import { commandForKey, findGoesToSearch } from '../../thread/keys';
import { navigate as navigateRows } from '../../thread/navigation';
import { commentDomId, commentIdFromHash } from '../../thread/permalink';
import type { MatchPosition } from '../../thread/search';
import { orderThread, type SortMode } from '../../thread/sort';
import { ancestorLines, parentLabel } from '../../thread/labels';
import type { ThreadIndex } from '../../thread/threadIndex';
import { rowPositions, visibleRows } from '../../thread/visibleRows';
import { CommentRow } from './CommentRow';
import { KeyboardHelp } from './KeyboardHelp';
import { ThreadSearch } from './ThreadSearch';
import { ThreadToolbar } from './ThreadToolbar';
import { useThreadSearch } from './useThreadSearch';
import { useWindowVirtualizer, VIRTUAL_FROM } from './windowVirtualizer';

type Block = 'center' | 'nearest';

type FocusRequest = {
  readonly id: string;
  readonly block: Block;
  /** False for a search match: it is scrolled to while focus stays in the search box. */
  readonly focus: boolean;
  readonly seq: number;
};

type Props = { readonly doc: ParsedDocument; readonly index: ThreadIndex; readonly sort: SortMode };

/** The comment tree, rendered as the flat list of visible rows that src/thread derives. */
export function ThreadView({ index, sort }: Props) {
  const location = useLocation();
  const routerNavigate = useNavigate();
  const [collapseState, setCollapseState] = useState(() =>
    initialCollapseState(readCollapseThreshold()),
  );
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [status, setStatus] = useState('');
  // A comment to bring into view and focus once the rows that hold it have rendered; `seq`
  // tells a new request from one already carried out.
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const handledFocusSeq = useRef(0);
  const treeRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const now = useMemo(() => new Date(), []);

  const order = useMemo(() => orderThread(index, sort), [index, sort]);
  const rows = useMemo(
    () => visibleRows(index, order, collapseState),
    [index, order, collapseState],
  );
  // Row position of each comment index, -1 when hidden.
  const positions = useMemo(() => rowPositions(rows, index.comments.length), [rows, index]);
  const positionOf = (id: string | null) => {
    const i = id === null ? undefined : index.indexById.get(id);
    return i === undefined ? -1 : (positions[i] ?? -1);
  };
  // Declared before the effects below, so that it measures and places rows before they run.
  const { window: rowWindow, virtualizer } = useWindowVirtualizer(
    rows,
    positions,
    index.parent,
    treeRef,
  );

  const focusComment = useCallback((id: string, block: Block = 'nearest', focus = true) => {
    setFocusRequest((previous) => ({ id, block, focus, seq: (previous?.seq ?? 0) + 1 }));
    if (focus) setFocusedId(id);
  }, []);

  useLayoutEffect(() => {
    // Wait until the rendered rows sit where the row offsets say (a new window is on its way).
    if (!focusRequest || focusRequest.seq === handledFocusSeq.current || !virtualizer.settled())
      return;
    const element = document.getElementById(commentDomId(focusRequest.id));
    if (!element) {
      // Not rendered (a big thread shows only the rows near the viewport): bring it in first.
      const i = index.indexById.get(focusRequest.id);
      const position = i === undefined ? -1 : (positions[i] ?? -1);
      if (position >= 0) virtualizer.scrollToRow(position, focusRequest.block);
      return;
    }
    handledFocusSeq.current = focusRequest.seq;
    (element.querySelector('[data-current-match]') ?? element).scrollIntoView({
      block: focusRequest.block,
    });
    if (focusRequest.focus) element.focus({ preventScroll: true });
    virtualizer.remember();
  }, [focusRequest, rows, rowWindow, index, positions, virtualizer]);

  // Permalinks (#comment-1.2.1), on load and on every navigation to a hash, quote links
  // included: the reader state is adjusted while rendering the new location.
  const [handledLocationKey, setHandledLocationKey] = useState<string | null>(null);
  if (handledLocationKey !== location.key) {
    setHandledLocationKey(location.key);
    const id = commentIdFromHash(location.hash);
    const target = id === null ? undefined : index.indexById.get(id);
    if (id !== null && target !== undefined) {
      setCollapseState((state) =>
        setCollapsed(expandPath(state, index, target), index.comments[target]!, false),
      );
      setHighlightedId(id);
      focusComment(id, 'center');
    }
  }

  const toggle = useCallback(
    (id: string) => {
      const target = index.indexById.get(id);
      if (target !== undefined)
        setCollapseState((state) => toggleCollapsed(state, index.comments[target]!));
    },
    [index],
  );

  const collapseLine = useCallback(
    (id: string) => {
      const target = index.indexById.get(id);
      if (target === undefined) return;
      setCollapseState((state) => setCollapsed(state, index.comments[target]!, true));
      focusComment(id);
    },
    [index, focusComment],
  );

  const copyLink = useCallback(
    (id: string) => {
      const url = `${window.location.origin}${location.pathname}${location.search}#${commentDomId(id)}`;
      routerNavigate({ search: location.search, hash: `#${commentDomId(id)}` }, { replace: true });
      const showLink = () => setStatus(`Link: ${url}`);
      if (navigator.clipboard) {
        navigator.clipboard
          .writeText(url)
          .then(() => setStatus('Link copied to the clipboard.'), showLink);
      } else {
        showLink();
      }
    },
    [location.pathname, location.search, routerNavigate],
  );

  // The current search match: its comment and ancestors open, scrolled to the middle.
  const reveal = useCallback(
    (position: MatchPosition) => {
      const comment = index.comments[position.comment]!;
      setCollapseState((state) =>
        setCollapsed(expandPath(state, index, position.comment), comment, false),
      );
      focusComment(comment.id, 'center', false);
    },
    [index, focusComment],
  );
  const search = useThreadSearch(index, order, reveal);

  // Like the browser's find: the box gets focus with its text selected, ready to be typed over.
  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const modifier = event.ctrlKey || event.metaKey;
    const inSearchBox = event.target === searchRef.current;
    if (findGoesToSearch(event.key, modifier, rows.length > VIRTUAL_FROM, inSearchBox)) {
      event.preventDefault();
      focusSearch();
      return;
    }
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || helpOpen)
      return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
      return;
    const inThread = target !== null && treeRef.current?.contains(target) === true;
    const onComment = inThread && target?.getAttribute('role') === 'treeitem';
    const command = commandForKey(event.key, { inThread, onComment });
    if (!command) return;
    event.preventDefault();
    if (command.kind === 'help') {
      setHelpOpen(true);
      return;
    }
    if (command.kind === 'search') {
      focusSearch();
      return;
    }
    const position = positionOf(focusedId);
    const from = position < 0 ? null : position;
    const current = from === null ? undefined : rows[from];
    const currentComment = current === undefined ? undefined : index.comments[current.index];
    if (command.kind === 'move') {
      const to = navigateRows(rows, index, from, command.move);
      const row = to === null ? undefined : rows[to];
      if (row) focusComment(index.comments[row.index]!.id);
      return;
    }
    if (!currentComment) return;
    if (command.kind === 'toggle') toggle(currentComment.id);
    else if (command.kind === 'expand')
      setCollapseState((state) => setCollapsed(state, currentComment, false));
    else setCollapseState((state) => setCollapsed(state, currentComment, true));
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const changeThreshold = useCallback((threshold: number) => {
    setCollapseState(withThreshold(threshold));
    writeCollapseThreshold(threshold);
  }, []);

  // One comment in the tab order: the focused one if it is rendered, else the first rendered.
  const focusedPosition = positionOf(focusedId);
  const firstRendered = rows[rowWindow.start];
  const tabStopId =
    focusedPosition >= rowWindow.start && focusedPosition < rowWindow.end
      ? focusedId
      : firstRendered !== undefined
        ? index.comments[firstRendered.index]!.id
        : null;
  const current = search.current;

  return (
    <div>
      <ThreadToolbar
        sort={sort}
        threshold={collapseState.threshold}
        onThresholdChange={changeThreshold}
        onCollapseAll={() => setCollapseState(collapseAll)}
        onExpandAll={() => setCollapseState(expandAll)}
        onShowHelp={() => setHelpOpen(true)}
      />
      <p role="status" className="sr-only">
        {status}
      </p>
      {status && (
        <p className="mb-2 break-all text-sm text-slate-700 dark:text-slate-300" aria-hidden="true">
          {status}
        </p>
      )}
      <ThreadSearch
        search={search}
        inputRef={searchRef}
        onLeave={() => {
          const id = current ? index.comments[current.comment]!.id : focusedId;
          if (id !== null) focusComment(id);
          else searchRef.current?.blur();
        }}
      />
      <div
        ref={treeRef}
        role="tree"
        aria-label="Comments"
        // In a big thread the padding stands for the rows above and below the rendered ones.
        style={{ paddingTop: rowWindow.before, paddingBottom: rowWindow.after }}
        className="mt-1"
        onFocus={(event) => {
          // Clicking or tabbing into a comment makes it the one j/k move from.
          const item = (event.target as HTMLElement).closest('[role="treeitem"]');
          const id = item?.id.startsWith('comment-') ? item.id.slice('comment-'.length) : null;
          if (id !== null && id !== focusedId) setFocusedId(id);
        }}
      >
        {rows.slice(rowWindow.start, rowWindow.end).map((row) => {
          const comment = index.comments[row.index]!;
          return (
            <CommentRow
              key={comment.id}
              comment={comment}
              row={row}
              replyCount={index.descendantCount[row.index]!}
              ancestors={ancestorLines(index, row.index)}
              parentLabel={parentLabel(index, row.index)}
              isTabStop={comment.id === tabStopId}
              highlighted={comment.id === highlightedId}
              dimmed={isDimmed(collapseState, comment)}
              now={now}
              search={location.search}
              query={search.foldedQuery}
              currentMatch={current?.comment === row.index ? current.occurrence : -1}
              onToggle={toggle}
              onCollapseLine={collapseLine}
              onCopyLink={copyLink}
            />
          );
        })}
      </div>
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
