import { EditorView } from '../features/editor/editor-view.tsx';
import { DraftPreview } from './draft-preview.tsx';

/** The editor with the reader's timeline and panel as its preview; the app loads this module lazily. */
export function EditorPage({ dark }: { dark: boolean }) {
  return <EditorView renderPreview={(props) => <DraftPreview {...props} dark={dark} />} />;
}
