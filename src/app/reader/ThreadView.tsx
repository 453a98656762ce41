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
import { commandForKey } from '../../thread/keys';
import { navigate as navigateRows } from '../../thread/navigation';
import { commentDomId, commentIdFromHash } from '../../thread/permalink';
import { orderThread, type SortMode } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';
import { visibleRows } from '../../thread/visibleRows';
import { authorLabel, CommentRow, type AncestorLine } from './CommentRow';
import { KeyboardHelp } from './KeyboardHelp';
import { ThreadToolbar } from './ThreadToolbar';

const MAX_ANCESTOR_LINES = 10;

type FocusRequest = {
  readonly id: string;
  readonly block: ScrollLogicalPosition;
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
  const now = useMemo(() => new Date(), []);

  const order = useMemo(() => orderThread(index, sort), [index, sort]);
  const rows = useMemo(
    () => visibleRows(index, order, collapseState),
    [index, order, collapseState],
  );
  const rowPositionById = useMemo(() => {
    const positions = new Map<string, number>();
    rows.forEach((row, position) => positions.set(index.comments[row.index]!.id, position));
    return positions;
  }, [rows, index]);

  const focusComment = useCallback((id: string, block: ScrollLogicalPosition = 'nearest') => {
    setFocusRequest((previous) => ({ id, block, seq: (previous?.seq ?? 0) + 1 }));
    setFocusedId(id);
  }, []);

  useLayoutEffect(() => {
    if (!focusRequest || focusRequest.seq === handledFocusSeq.current) return;
    const element = document.getElementById(commentDomId(focusRequest.id));
    if (!element) return;
    handledFocusSeq.current = focusRequest.seq;
    element.scrollIntoView({ block: focusRequest.block });
    element.focus({ preventScroll: true });
  }, [focusRequest, rows]);

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

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
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
    const from = focusedId === null ? null : (rowPositionById.get(focusedId) ?? null);
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
    setCollapseState((state) => withThreshold(state, threshold));
    writeCollapseThreshold(threshold);
  }, []);

  const tabStopId =
    focusedId !== null && rowPositionById.has(focusedId)
      ? focusedId
      : rows[0] !== undefined
        ? index.comments[rows[0].index]!.id
        : null;

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
      <div
        ref={treeRef}
        role="tree"
        aria-label="Comments"
        className="mt-2"
        onFocus={(event) => {
          // Clicking or tabbing into a comment makes it the one j/k move from.
          const item = (event.target as HTMLElement).closest('[role="treeitem"]');
          const id = item?.id.startsWith('comment-') ? item.id.slice('comment-'.length) : null;
          if (id !== null && id !== focusedId) setFocusedId(id);
        }}
      >
        {rows.map((row) => {
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

// Memoised per comment index: rows re-render often, ancestors never change.
const ancestorCache = new WeakMap<ThreadIndex, Map<number, AncestorLine[]>>();

function ancestorLines(index: ThreadIndex, i: number): AncestorLine[] {
  let cache = ancestorCache.get(index);
  if (!cache) ancestorCache.set(index, (cache = new Map()));
  let lines = cache.get(i);
  if (!lines) {
    lines = [];
    for (
      let a = index.parent[i]!;
      a !== -1 && lines.length < MAX_ANCESTOR_LINES;
      a = index.parent[a]!
    ) {
      const ancestor = index.comments[a]!;
      lines.push({ id: ancestor.id, label: authorLabel(ancestor) });
    }
    lines.reverse();
    cache.set(i, lines);
  }
  return lines;
}

function parentLabel(index: ThreadIndex, i: number): string | null {
  const parent = index.parent[i]!;
  if (parent === -1) return null;
  const comment = index.comments[parent]!;
  return comment.author ?? `comment ${comment.id}`;
}
