import { Component, Suspense, type ReactNode } from 'react';
import { useMessages } from '../i18n/catalogue.ts';
import { enStatus } from '../i18n/en-status.ts';

interface Props {
  /** What the part is, for the message: "the details of the round". */
  what: string;
  children: ReactNode;
}

/**
 * A part of the page that arrives as a chunk of its own (React.lazy, or a preloadablePart): `fallback` while it
 * is on its way, and a sentence naming it if it cannot come.
 */
export function LazyPart({ what, fallback, children }: Props & { fallback?: ReactNode }) {
  const t = useMessages(enStatus);
  return (
    <PartLoadBoundary what={what} sentence={t.partFailed}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </PartLoadBoundary>
  );
}

/**
 * Around a lazy part: if its chunk cannot be fetched (offline, or the site was
 * updated and the old chunk is gone), the reader gets a sentence naming the part and the cause, and the rest
 * of the page keeps working, instead of React removing the whole page.
 */
class PartLoadBoundary extends Component<
  Props & { sentence: typeof enStatus.partFailed },
  { error: unknown }
> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const cause = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <p role="alert" className="my-3 text-sm text-red-800 dark:text-red-200">
        {this.props.sentence(this.props.what, cause)}
      </p>
    );
  }
}
