import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { Colour } from '../api';

const TAG_COLOUR: Record<Colour, string> = { green: 'green', yellow: 'gold', orange: 'orange', red: 'red' };

/** A tag in the item's warning colour. */
export function ColourTag({ colour, children }: { colour: Colour; children: ReactNode }) {
  return (
    <Tag color={TAG_COLOUR[colour]} data-colour={colour}>
      {children}
    </Tag>
  );
}
