import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { readonly fallback: (error: Error) => ReactNode; readonly children: ReactNode };
type State = { readonly error: Error | null };

/** Keeps a failure inside one subtree (one comment, one panel) from blanking the page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Fil: a part of the page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
