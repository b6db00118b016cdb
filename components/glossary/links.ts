/**
 * Links between entries. Each is a real `<a href="#entry=ID">` (open in a new tab works), whose
 * click is routed through the page's navigate function so the address bar, history and the page
 * stay in step. Hrefs are built only from ids that passed isEntryId (glossaryPageHash).
 */
import { isEntryId } from '../../lib/glossary/messages';
import { glossaryPageHash } from '../../lib/ui/page-links';

export interface LinkProps {
  href: string;
  onClick(event: MouseEvent): void;
}

export type EntryLink = (id: string) => LinkProps;

/** `navigate` receives the new hash (`#entry=ID`) on a plain left click. */
export function entryLinker(navigate: (hash: string) => void): EntryLink {
  return (id) => {
    const href = isEntryId(id) ? glossaryPageHash({ entry: id }) : '#';
    return {
      href,
      onClick(event) {
        // Let the browser handle new-tab and new-window clicks.
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        if (href !== '#') navigate(href);
      },
    };
  };
}
