// npm run import-plan -- <file> [--year 2024] [--dry-run] [--confirm-duplicate] [--as office]
// Imports a work plan (分工方案) as draft items through the API's own import service, straight to the
// database (DATABASE_URL, else npm start's embedded one), and prints what it did or every problem.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import {
  DuplicatePlanError,
  officeUser,
  PlanNotSpreadsheetError,
  PlanRefusedError,
  standalonePlanImport,
  type PlanImportResult,
} from '@duban/api';
import { dataSourceOptions } from '@duban/persistence';
import type { PlanProblem } from '@duban/plan-import';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'confirm-duplicate': { type: 'boolean', default: false },
    as: { type: 'string', default: 'office' },
    en: { type: 'boolean', default: false },
  },
});

const say = (p: PlanProblem) => (values.en ? p.messageEn : p.message);

function printResult(result: PlanImportResult) {
  const { report } = result;
  console.log(
    `${report.fileName} (${report.format}, plan year ${report.planYear ?? '—'}): ${report.rows.length} rows` +
      (result.dryRun
        ? ' would be created (dry run: nothing was written)'
        : ` imported as drafts, import ${result.importId}`),
  );
  if (result.duplicateOf) {
    const d = result.duplicateOf;
    console.log(`  note: the same content was imported on ${d.importedAt} (import ${d.id}, ${d.itemCount} items)`);
  }
  for (const [i, row] of report.rows.entries()) {
    const units = [row.leadUnitName, ...row.cooperatingUnitNames.map((n) => `+${n}`)].join(' ');
    const moved = row.movedFrom ? ` (moved from ${row.movedFrom})` : '';
    console.log(
      `  row ${row.row}: ${row.title} | ${units} | ${row.supervisingLeaderName ?? row.leaderText ?? '—'} | ` +
        `${row.deadline}${moved} ← “${row.deadlinePhrase}” | ${row.cadencePhrase || '—'}` +
        (result.itemIds[i] ? ` | item ${result.itemIds[i]}` : ''),
    );
  }
  for (const warning of report.problems) console.log(`  warning: ${say(warning)}`);
}

async function main(): Promise<number> {
  const [file] = positionals;
  if (!file) {
    console.error('usage: npm run import-plan -- <file.xlsx|file.csv> [--year 2024] [--dry-run] [--confirm-duplicate]');
    return 2;
  }
  const planYear = values.year === undefined ? undefined : Number(values.year);
  // The same bounds as the API's planYear.
  if (planYear !== undefined && (!Number.isInteger(planYear) || planYear < 2000 || planYear > 2100)) {
    console.error(`--year ${values.year}: give a year from 2000 to 2100, such as 2024`);
    return 2;
  }
  const url = process.env.DATABASE_URL ?? `postgres://duban:duban@127.0.0.1:${process.env.DUBAN_PG_PORT ?? 5433}/duban`;
  const db = new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
  await db.initialize();
  try {
    const user = await officeUser(db, values.as!);
    const result = await standalonePlanImport(db).import(
      {
        content: await readFile(file),
        fileName: basename(file),
        planYear,
        dryRun: values['dry-run']!,
        confirmDuplicate: values['confirm-duplicate']!,
      },
      user,
    );
    printResult(result);
    return 0;
  } catch (error) {
    if (error instanceof PlanRefusedError) {
      console.error(`${error.message}:`);
      for (const p of error.report.problems) console.error(`  ${p.severity}: ${say(p)}`);
      return 1;
    }
    if (error instanceof DuplicatePlanError || error instanceof PlanNotSpreadsheetError) {
      console.error(error.message + (error instanceof DuplicatePlanError ? ' (here: --confirm-duplicate)' : ''));
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
