/**
 * The first line of a popup row, shared by search results and page terms: term, pinyin (when
 * known), category badge, then anything the list adds (the page count).
 */
import type { ComponentChildren, JSX } from 'preact';
import type { Category } from '../../lib/glossary/glossary';
import { CategoryBadge } from './CategoryBadge';

export function RowHead(props: {
  term: string;
  pinyin: string | undefined;
  category: Category;
  children?: ComponentChildren;
}): JSX.Element {
  return (
    <span class="pp-row-head">
      <span class="pp-term" lang="zh-CN">
        {props.term}
      </span>
      {props.pinyin !== undefined && (
        <span class="pp-pinyin" lang="zh-Latn-pinyin">
          {props.pinyin}
        </span>
      )}
      <CategoryBadge category={props.category} />
      {props.children}
    </span>
  );
}
