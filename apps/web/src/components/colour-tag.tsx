import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { Colour, ItemStatus } from '../api';

const TAG_COLOUR: Record<Colour, string> = { green: 'green', yellow: 'gold', orange: 'orange', red: 'red' };

/**
 * Whether an item's warning colour says anything: a draft is not running yet and a cancelled item
 * no longer is, so their 正常 would only mislead.
 */
export const hasWarning = (status: ItemStatus) => status !== 'draft' && status !== 'cancelled';

/** A tag in the item's warning colour. */
export function ColourTag({ colour, children }: { colour: Colour; children: ReactNode }) {
  return (
    <Tag color={TAG_COLOUR[colour]} data-colour={colour}>
      {children}
    </Tag>
  );
}
