import { Button, DatePicker, Input, Select, Space, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { Category, Colour, ItemStatus, Unit } from '../../api';
import { unitTree } from '../../components/unit-tree';
import { useI18n } from '../../i18n/lang-context';
import { activeFilterCount, type BoardFilters } from './board-filters';

export interface LeaderOption {
  id: string;
  displayName: string;
}

interface Props {
  filters: BoardFilters;
  /** A changed filter; the list goes back to its first page. */
  onChange: (filters: BoardFilters) => void;
  units: Unit[];
  leaders: LeaderOption[];
}

/** The list's filters: status, colour, level, unit, category, leader, deadline range and text. */
export function BoardFilterBar({ filters, onChange, units, leaders }: Props) {
  const { t } = useI18n();
  const f = t.boardFilters;
  const tree = useMemo(() => unitTree(units), [units]);
  // The search box holds what is typed; the list follows on Enter or the search button.
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const set = (patch: Partial<BoardFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const enumOptions = <K extends string>(labels: Record<K, string>) =>
    (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

  return (
    <Space wrap size={[8, 8]} style={{ marginBottom: 12 }} data-testid="board-filters">
      <Input.Search
        allowClear
        placeholder={f.search}
        style={{ width: 190 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        data-testid="filter-q"
      />
      <Select<ItemStatus>
        allowClear
        placeholder={t.status}
        style={{ width: 100 }}
        value={filters.status}
        onChange={(status) => set({ status })}
        options={enumOptions(t.statuses)}
        data-testid="filter-status"
      />
      <Select<Colour>
        allowClear
        placeholder={t.colour}
        style={{ width: 90 }}
        value={filters.colour}
        onChange={(colour) => set({ colour })}
        options={enumOptions(t.colours)}
        data-testid="filter-colour"
      />
      <Select<number>
        allowClear
        placeholder={f.level}
        style={{ width: 100 }}
        value={filters.escalationLevel}
        onChange={(escalationLevel) => set({ escalationLevel })}
        options={[0, 1, 2, 3].map((l) => ({ value: l, label: f.levels[l] }))}
        data-testid="filter-level"
      />
      <TreeSelect
        allowClear
        placeholder={f.unit}
        style={{ width: 140 }}
        treeData={tree}
        treeDefaultExpandAll
        showSearch={{ treeNodeFilterProp: 'title' }}
        value={filters.unitId}
        onChange={(unitId?: string) => set({ unitId })}
        popupMatchSelectWidth={260}
        data-testid="filter-unit"
      />
      <Select<Category>
        allowClear
        placeholder={t.category}
        style={{ width: 120 }}
        value={filters.category}
        onChange={(category) => set({ category })}
        options={enumOptions(t.categories)}
        data-testid="filter-category"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={f.leader}
        style={{ width: 120 }}
        value={filters.supervisingLeaderId}
        onChange={(supervisingLeaderId) => set({ supervisingLeaderId })}
        options={leaders.map((l) => ({ value: l.id, label: l.displayName }))}
        notFoundContent={f.noLeaders}
        data-testid="filter-leader"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[f.dueFrom, f.dueTo]}
        style={{ width: 210 }}
        value={[filters.dueFrom ? dayjs(filters.dueFrom) : null, filters.dueTo ? dayjs(filters.dueTo) : null]}
        onChange={(range) =>
          set({ dueFrom: range?.[0]?.format('YYYY-MM-DD'), dueTo: range?.[1]?.format('YYYY-MM-DD') })
        }
        data-testid="filter-due"
      />
      {activeFilterCount(filters) > 0 && (
        <Button
          type="link"
          onClick={() => onChange({ page: 1, pageSize: filters.pageSize })}
          data-testid="filter-clear"
        >
          {f.clear(activeFilterCount(filters))}
        </Button>
      )}
    </Space>
  );
}
