import { AutoComplete, Button, Card, Form, Input, Select, Space, Tag, Tree, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, type Unit, type UpdateUnit } from '../../api';
import { FormModal } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import { unitTree } from '../../components/unit-tree';
import { useApiCommand, useApiQuery } from '../../hooks/use-api';
import { useI18n } from '../../i18n/lang-context';

type Editing = { kind: 'create'; parentId: string | null } | { kind: 'rename' | 'move'; unit: Unit };
interface UnitValues {
  name?: string;
  parentId?: string | null;
  unitKind?: string;
  aliases?: string[];
}

/** Every unit below the given one (and itself): where it cannot be moved. */
function subtree(units: Unit[], root: string): string[] {
  const below = units.filter((u) => u.parentId === root).flatMap((u) => subtree(units, u.id));
  return [root, ...below];
}

/** The unit tree: add a unit at the top or under another, rename one, move one under another parent. */
export function UnitsAdmin() {
  const { t } = useI18n();
  const units = useApiQuery<Unit[]>('/units');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const { run, busy } = useApiCommand();
  const [form] = Form.useForm<UnitValues>();

  const parentChoices = useMemo(() => {
    const all = units.data ?? [];
    return unitTree(all, { hidden: editing?.kind === 'move' ? subtree(all, editing.unit.id) : [] });
  }, [units.data, editing]);

  const open = (next: Editing) => {
    setEditing(next);
    form.setFieldsValue(
      next.kind === 'create'
        ? { name: '', parentId: next.parentId, unitKind: undefined, aliases: [] }
        : {
            name: next.unit.name,
            parentId: next.unit.parentId,
            unitKind: next.unit.kind ?? undefined,
            aliases: next.unit.aliases,
          },
    );
  };
  const save = async (values: UnitValues) => {
    if (!editing) return;
    const kind = values.unitKind?.trim() || null;
    const aliases = (values.aliases ?? []).map((a) => a.trim()).filter(Boolean);
    const request =
      editing.kind === 'create'
        ? () =>
            api<Unit>('POST', '/units', {
              name: values.name,
              ...(values.parentId ? { parentId: values.parentId } : {}),
              ...(kind ? { kind } : {}),
              aliases,
            })
        : () =>
            api<Unit>(
              'PATCH',
              `/units/${editing.unit.id}`,
              (editing.kind === 'rename'
                ? { name: values.name, kind, aliases }
                : { parentId: values.parentId ?? null }) satisfies UpdateUnit,
            );
    if ((await run(request, t.admin.unitSaved)).ok) {
      setEditing(null);
      await units.reload();
    }
  };

  const v = t.validation;
  return (
    <Card
      title={t.admin.units}
      extra={
        <Button onClick={() => open({ kind: 'create', parentId: null })} data-testid="add-root-unit">
          {t.admin.addRootUnit}
        </Button>
      }
    >
      <QueryView query={units}>
        {(list) => (
          <Tree
            selectable={false}
            blockNode
            data-testid="unit-tree"
            expandedKeys={list.map((u) => u.id).filter((id) => !collapsed.has(id))}
            onExpand={(_, { node, expanded }) =>
              setCollapsed((c) => {
                const next = new Set(c);
                if (expanded) next.delete(String(node.key));
                else next.add(String(node.key));
                return next;
              })
            }
            treeData={unitTree(list)}
            titleRender={(node) => {
              const unit = list.find((u) => u.id === node.key)!;
              return (
                <Space data-testid="unit-node" data-unit={unit.name}>
                  <span>{unit.name}</span>
                  {unit.kind && <Tag color="geekblue">{unit.kind}</Tag>}
                  {unit.aliases.length > 0 && (
                    <Typography.Text type="secondary" data-testid="unit-aliases">
                      {`${t.unitsMore.aliases}：${unit.aliases.join('、')}`}
                    </Typography.Text>
                  )}
                  <Button size="small" type="link" onClick={() => open({ kind: 'create', parentId: unit.id })}>
                    {t.admin.addSubunit}
                  </Button>
                  <Button size="small" type="link" onClick={() => open({ kind: 'rename', unit })}>
                    {t.unitsMore.edit}
                  </Button>
                  <Button size="small" type="link" onClick={() => open({ kind: 'move', unit })}>
                    {t.admin.move}
                  </Button>
                </Space>
              );
            }}
          />
        )}
      </QueryView>
      <FormModal
        open={editing !== null}
        title={
          editing?.kind === 'create'
            ? editing.parentId
              ? t.admin.addSubunit
              : t.admin.addRootUnit
            : editing?.kind === 'rename'
              ? `${t.admin.rename}：${editing.unit.name}`
              : `${t.admin.move}：${editing?.unit.name ?? ''}`
        }
        form={form}
        busy={busy}
        onCancel={() => setEditing(null)}
      >
        <Form form={form} layout="vertical" name="unit" onFinish={save}>
          {editing?.kind !== 'move' && (
            <Form.Item
              name="name"
              label={t.admin.unitName}
              rules={[
                { required: true, message: v.required(t.admin.unitName) },
                { pattern: /\S/, message: v.blank(t.admin.unitName) },
                { max: 100, message: v.tooLong(t.admin.unitName, 100) },
              ]}
            >
              <Input />
            </Form.Item>
          )}
          {editing?.kind !== 'move' && (
            <>
              <Form.Item
                name="unitKind"
                label={t.unitsMore.kind}
                tooltip={t.unitsMore.kindHelp}
                rules={[{ max: 20, message: v.tooLong(t.unitsMore.kind, 20) }]}
              >
                <AutoComplete
                  allowClear
                  options={t.unitsMore.kindSuggestions.map((k) => ({ value: k }))}
                  filterOption={(input, option) => String(option?.value).includes(input)}
                />
              </Form.Item>
              <Form.Item name="aliases" label={t.unitsMore.aliases} extra={t.unitsMore.aliasesHelp}>
                <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '、']} />
              </Form.Item>
            </>
          )}
          {editing?.kind !== 'rename' && (
            <Form.Item name="parentId" label={t.admin.parentUnit}>
              <TreeSelect
                allowClear
                treeDefaultExpandAll
                placeholder={t.admin.rootLevel}
                treeData={parentChoices}
                showSearch={{ treeNodeFilterProp: 'title' }}
              />
            </Form.Item>
          )}
        </Form>
      </FormModal>
    </Card>
  );
}
