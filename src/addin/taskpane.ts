/// <reference types="office-js" />
// The task pane: buttons and lists around the adapter and the core. Every action is wrapped so
// that an error from Excel ends as a sentence the clerk can act on, never as a blank pane.
import { ROLLUP_SHEET } from '../core/addin-sheets';
import { columnLetter } from '../core/grid';
import { matchHeaderText } from '../core/headers';
import { departmentSchema, type Department } from '../core/department';
import { type Issue, type Lang, STATUS_KEYS } from '../core/model';
import { RULES } from '../core/rules';
import {
  MAPPABLE_FIELDS,
  MAPPING_SHEET,
  type MappableField,
  type SavedMapping,
  type SheetMapping,
  emptyMapping,
  serializeMapping,
} from '../core/saved-mapping';
import { STATUS_CHOICES } from '../core/status';
import type { TableLayout } from '../core/table';
import { type OpenWorkbookCheck, checkOpenWorkbook } from './check-open-workbook';
import { explainError } from './errors';
import {
  AddinError,
  type Capabilities,
  MIN_EXCEL_API,
  type ReadResult,
  WEB_PAYLOAD_BUDGET,
  clearMarks,
  detectCapabilities,
  installLists,
  listSheets,
  markCells,
  readWorkbook,
  selectCell,
  writeHiddenText,
  writeSheet,
} from './excel-adapter';
import { STRINGS, type Strings, paneLanguage } from './i18n';
import { buildRollupPlan } from './rollup-sheet';
import { CATALOGUES } from '../core/catalogue';

type Child = Node | string | null | undefined | false;

/** A tiny element builder: enough for a pane, no framework. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | ((e: Event) => void)> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from taskpane.html`);
  return el as T;
}

function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

interface PendingSheet {
  mapping: SheetMapping;
  dirty: boolean;
}

const SEVERITY_GLYPH = { error: '✕', warning: '!', info: 'i' } as const;

const DEPARTMENT_KEY = 'camket.department';
const MARK_KEY = 'camket.markCells';

/** localStorage keys under the add-in's partition: Office.context.partitionKey (on the web, where
 *  storage is partitioned per host) is put before them, as Microsoft's documentation does. */
function storageKey(name: string): string {
  const partition = typeof Office === 'undefined' ? undefined : Office.context?.partitionKey;
  return partition ? `${partition}${name}` : name;
}

function stored(name: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(name));
  } catch {
    return null;
  }
}

/** Storage may be off in some Office hosts: the choice then lasts for this session only. */
function store(name: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(storageKey(name));
    else window.localStorage.setItem(storageKey(name), value);
  } catch {
    // Nothing to do: see above.
  }
}

class Pane {
  lang: Lang = 'vi';
  s: Strings = STRINGS.vi;
  caps: Capabilities = { mergedAreas: true };
  read: ReadResult | null = null;
  analysis: OpenWorkbookCheck | null = null;
  department: Department | null = null;
  pending = new Map<string, PendingSheet>();
  /** Sheets whose mapping card is open; null until the first render. */
  openSheets: Set<string> | null = null;
  busy = false;
  /** Excel on the web limits each round trip (5 MB): plan under a budget there; none elsewhere. */
  payloadBudget: number | undefined = undefined;

  start(lang: Lang, caps: Capabilities, web: boolean): void {
    this.lang = lang;
    this.s = STRINGS[lang];
    this.caps = caps;
    this.payloadBudget = web ? WEB_PAYLOAD_BUDGET : undefined;
    document.documentElement.lang = lang;
    this.applyStrings();
    this.department = this.loadStoredDepartment();
    byId<HTMLInputElement>('asof').value = todayIso();
    this.echoAsOf();
    this.renderEmpty(this.s.notChecked);
    const mark = byId<HTMLInputElement>('mark-cells');
    mark.checked = stored(MARK_KEY) !== 'off';
    mark.addEventListener('change', () => store(MARK_KEY, mark.checked ? null : 'off'));
    byId('btn-check').addEventListener('click', () => void this.check());
    byId('btn-clear').addEventListener('click', () => void this.clear());
    byId('btn-rollup').addEventListener('click', () => void this.writeRollup());
    byId('btn-save-mapping').addEventListener('click', () => void this.saveMapping());
    byId('btn-lists').addEventListener('click', () => void this.installLists());
    byId('banner-close').addEventListener('click', () => this.hideBanner());
    byId<HTMLInputElement>('department-file').addEventListener('change', (e) => void this.pickDepartment(e));
    byId('btn-department-remove').addEventListener('click', () => this.setDepartment(null));
    const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('.tab'));
    for (const tab of tabs) {
      tab.addEventListener('click', () => this.showTab(tab.dataset.tab!));
      // The ARIA tabs pattern: arrows move between tabs, Home and End to the first and last.
      tab.addEventListener('keydown', (e) => {
        const i = tabs.indexOf(tab);
        const to = { ArrowRight: i + 1, ArrowLeft: i - 1 + tabs.length, Home: 0, End: tabs.length - 1 }[e.key];
        if (to === undefined) return;
        e.preventDefault();
        const next = tabs[to % tabs.length];
        this.showTab(next.dataset.tab!);
        next.focus();
      });
    }
    const asof = byId<HTMLInputElement>('asof');
    asof.addEventListener('input', () => this.echoAsOf());
    asof.addEventListener('change', () => this.echoAsOf());
    this.renderDepartment();
    this.setEnabled(true);
    this.status('');
    if (!caps.mergedAreas) this.banner(this.s.mergesMissing, 'warning');
  }

  /** The HTML holds the Vietnamese text; English replaces it when Office speaks English. */
  applyStrings(): void {
    const s = this.s;
    const set = (id: string, text: string) => {
      const el = document.getElementById(id);
      if (el) el.textContent = text;
    };
    set('app-subtitle', s.appSubtitle);
    set('tab-check', s.tabCheck);
    set('tab-rollup', s.tabRollup);
    set('tab-mapping', s.tabMapping);
    set('asof-label', s.asOf);
    set('btn-check', s.check);
    set('btn-clear', s.clearMarks);
    set('mark-label', s.markCells);
    set('mark-hint', s.markHint);
    set('rollup-intro', s.rollupIntro);
    set('btn-rollup', s.writeRollup);
    set('department-label', s.department);
    set('department-hint', s.departmentHint);
    set('btn-department-remove', s.departmentRemove);
    set('department-choose', s.departmentChoose);
    set('mapping-intro', s.mappingIntro);
    set('btn-save-mapping', s.saveMapping);
    set('btn-lists', s.installLists);
    set('lists-hint', s.installListsHint);
    set('banner-close', s.dismiss);
  }

  showTab(name: string): void {
    for (const tab of Array.from(document.querySelectorAll<HTMLButtonElement>('.tab'))) {
      const on = tab.dataset.tab === name;
      tab.classList.toggle('active', on);
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    for (const panel of Array.from(document.querySelectorAll<HTMLElement>('.panel')))
      panel.hidden = panel.id !== `panel-${name}`;
  }

  /** The date box shows the PC's own format (often m/d/y): say the chosen day, day first. */
  echoAsOf(): void {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(byId<HTMLInputElement>('asof').value);
    byId('asof-echo').textContent = m ? this.s.asOfEcho(m[3], m[2], m[1]) : '';
  }

  /** The list with nothing in it yet (or nothing wrong): what to do, and where help is. */
  renderEmpty(text: string): void {
    byId('issues').replaceChildren(
      h(
        'li',
        { class: 'empty' },
        h('span', {}, text),
        ' ',
        h('a', { href: 'help.html', target: '_blank', rel: 'noopener', class: 'help-link' }, this.s.helpLink),
      ),
    );
  }

  // --- feedback -------------------------------------------------------------------------------

  status(text: string, detail = ''): void {
    byId('status').textContent = text;
    byId('status-detail').textContent = detail;
  }

  banner(text: string, kind: 'error' | 'warning' | 'success' = 'error'): void {
    const b = byId('banner');
    b.className = `banner ${kind}`;
    byId('banner-text').textContent = text;
    b.hidden = false;
  }

  hideBanner(): void {
    byId('banner').hidden = true;
  }

  fail(e: unknown): void {
    this.banner(explainError(e, this.s), 'error');
    // The console keeps what a developer needs; the clerk reads the banner.
    console.error(e);
  }

  setEnabled(on: boolean): void {
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button.action'))) b.disabled = !on;
  }

  /** Run one action with Excel; true when it succeeded (its error, if any, is on screen). */
  async guard(label: string, work: () => Promise<void>): Promise<boolean> {
    if (this.busy) {
      // Not silently: say that the last action is still running.
      byId('progress-text').textContent = this.s.stillBusy(byId('progress').dataset.doing ?? '');
      return false;
    }
    this.busy = true;
    this.setEnabled(false);
    byId('progress').hidden = false;
    byId('progress').dataset.doing = label.replace(/…$/, '');
    byId('progress-text').textContent = label;
    try {
      await work();
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    } finally {
      this.busy = false;
      this.setEnabled(true);
      byId('progress').hidden = true;
    }
  }

  // --- actions --------------------------------------------------------------------------------

  asOf(): string {
    const v = byId<HTMLInputElement>('asof').value;
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : todayIso();
  }

  async check(): Promise<boolean> {
    return this.guard(this.s.checking, async () => {
      this.hideBanner();
      const budget = this.payloadBudget;
      const read = await Excel.run((ctx) => readWorkbook(ctx, { capabilities: this.caps, payloadBudget: budget }));
      if (!read.sheets.some((s) => s.used && s.name !== MAPPING_SHEET && s.name !== ROLLUP_SHEET))
        throw new AddinError('empty-workbook');
      this.read = read;
      this.analysis = checkOpenWorkbook(read.grid, { asOf: this.asOf(), lang: this.lang, department: this.department });
      this.pending.clear();
      if (this.openSheets && !this.openSheets.size) this.openSheets = null;
      this.renderAll();
      const c = this.analysis;
      const summary = this.s.summary(c.check.commitments.length, c.check.sheets.filter((s) => s.table).length);
      this.status(summary);
      byId('status-detail').title = this.s.syncs(read.syncs);
      if (!this.caps.mergedAreas) this.banner(this.s.mergesMissing, 'warning');
      // Marking is the clerk's choice: it changes the file (it is saved with it).
      if (!byId<HTMLInputElement>('mark-cells').checked) return this.status(summary, this.s.notMarked);
      if (read.readOnly) return this.banner(this.s.readOnlyChecked, 'warning');
      const targets = c.issues
        .filter((i) => i.sheet && i.cell)
        .map((i) => ({ sheet: i.sheet!, cell: i.cell!, severity: i.severity }));
      let marks;
      try {
        marks = await Excel.run((ctx) => markCells(ctx, targets, read.sheets, { payloadBudget: budget }));
      } catch (e) {
        // The check stands; only the highlighting failed.
        console.error(e);
        return this.banner(this.s.markingFailed(explainError(e, this.s)), 'warning');
      }
      this.status(summary, marks.marked ? this.s.marked(marks.marked) : '');
      byId('status-detail').title = this.s.syncs(read.syncs + marks.syncs);
      if (marks.skipped.length) this.banner(this.s.skippedProtected(marks.skipped), 'warning');
    });
  }

  async clear(): Promise<void> {
    await this.guard(this.s.busy, async () => {
      this.hideBanner();
      if (this.read?.readOnly) throw new AddinError('read-only');
      const sheets = this.read?.sheets ?? (await Excel.run((ctx) => listSheets(ctx)));
      const r = await Excel.run((ctx) => clearMarks(ctx, sheets, { payloadBudget: this.payloadBudget }));
      this.status(this.s.marksCleared(r.removed));
    });
  }

  async select(issue: Issue): Promise<void> {
    if (!issue.sheet || !issue.cell) return;
    await this.guard(this.s.busy, async () => {
      await Excel.run((ctx) => selectCell(ctx, issue.sheet!, issue.cell!));
    });
  }

  async writeRollup(): Promise<void> {
    if (!this.analysis) {
      await this.check();
      if (!this.analysis) return;
    }
    const a = this.analysis;
    await this.guard(this.s.busy, async () => {
      if (this.read?.readOnly) throw new AddinError('read-only');
      const plan = buildRollupPlan(a);
      const r = await Excel.run((ctx) =>
        writeSheet(ctx, plan, { payloadBudget: this.payloadBudget, date1904: this.read?.date1904 }),
      );
      this.banner(this.s.rollupWritten(plan.name, r.replaced), 'success');
    });
  }

  async saveMapping(): Promise<void> {
    if (!this.analysis) return this.banner(this.s.needCheck, 'warning');
    const dirty = [...this.pending.entries()].filter(([, p]) => p.dirty);
    if (!dirty.length) return this.banner(this.s.mappingUnchanged, 'warning');
    const mapping: SavedMapping = this.analysis.check.savedMapping
      ? structuredCloneMapping(this.analysis.check.savedMapping)
      : emptyMapping();
    for (const [sheet, p] of dirty) mapping.sheets[sheet] = p.mapping;
    const saved = await this.guard(this.s.busy, async () => {
      if (this.read?.readOnly) throw new AddinError('read-only');
      await Excel.run((ctx) => writeHiddenText(ctx, MAPPING_SHEET, serializeMapping(mapping)));
    });
    // A failed save keeps its error on screen: no check over it, and never "saved".
    if (saved && (await this.check())) this.banner(this.s.mappingSaved, 'success');
  }

  async installLists(): Promise<void> {
    if (!this.analysis || !this.read) return this.banner(this.s.needCheck, 'warning');
    const a = this.analysis;
    const read = this.read;
    await this.guard(this.s.busy, async () => {
      if (read.readOnly) throw new AddinError('read-only');
      const targets = a.check.sheets.flatMap((o) => {
        const t = o.table;
        if (!t || t.fields.status === undefined) return [];
        const rows = a.check.commitments.filter((c) => c.source.sheet === o.sheet).map((c) => c.source.row);
        const first = t.dataTop + 1;
        const last = rows.length ? Math.max(...rows) : first;
        const col = columnLetter(t.fields.status);
        return [{ sheet: o.sheet, address: `${col}${first}:${col}${last}` }];
      });
      if (!targets.length) throw new AddinError('no-status-column');
      const s = this.s;
      await Excel.run((ctx) =>
        installLists(
          ctx,
          targets,
          STATUS_CHOICES,
          { promptTitle: s.listPromptTitle, prompt: s.listPrompt, errorTitle: s.listErrorTitle, error: s.listError },
          read.sheets,
        ),
      );
      this.banner(s.listsInstalled(targets.map((t) => `${t.sheet}!${t.address}`)), 'success');
    });
  }

  // --- department file ------------------------------------------------------------------------

  loadStoredDepartment(): Department | null {
    try {
      const raw = stored(DEPARTMENT_KEY);
      if (!raw) return null;
      const parsed = departmentSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async pickDepartment(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (err) {
      return this.banner(this.s.departmentBad(err instanceof Error ? err.message : String(err)));
    }
    const parsed = departmentSchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || CATALOGUES[this.lang].where.root}: ${i.message}`);
      return this.banner(this.s.departmentBad(first.join('; ')));
    }
    this.setDepartment(parsed.data);
  }

  setDepartment(d: Department | null): void {
    this.department = d;
    store(DEPARTMENT_KEY, d ? JSON.stringify(d) : null);
    if (this.read) {
      this.analysis = checkOpenWorkbook(this.read.grid, {
        asOf: this.analysis?.asOf ?? this.asOf(),
        lang: this.lang,
        department: d,
      });
      this.renderAll();
    }
    this.renderDepartment();
  }

  renderDepartment(): void {
    const d = this.department;
    byId('btn-department-remove').hidden = !d;
    byId('department-state').textContent = d ? this.s.departmentLoaded(d.name, this.analysis?.unit?.name ?? null) : '';
  }

  // --- rendering ------------------------------------------------------------------------------

  renderAll(): void {
    this.renderIssues();
    this.renderRollup();
    this.renderMapping();
    this.renderDepartment();
  }

  renderIssues(): void {
    const a = this.analysis!;
    const s = this.s;
    const n = { error: 0, warning: 0, info: 0 };
    for (const i of a.issues) n[i.severity]++;
    const counts = byId('counts');
    counts.replaceChildren(
      h('span', { class: 'chip error' }, h('b', {}, String(n.error)), ` ${s.errors}`),
      h('span', { class: 'chip warning' }, h('b', {}, String(n.warning)), ` ${s.warnings}`),
      h('span', { class: 'chip info' }, h('b', {}, String(n.info)), ` ${s.infos}`),
    );
    counts.hidden = false;
    const list = byId('issues');
    if (!a.issues.length) return this.renderEmpty(s.noIssues);
    const items: Node[] = [];
    let sheet: string | null | undefined;
    for (const issue of a.issues) {
      if (issue.sheet !== sheet) {
        sheet = issue.sheet;
        items.push(h('li', { class: 'group' }, sheet ?? s.wholeFile));
      }
      const title = RULES[issue.rule].title[this.lang];
      const where = issue.cell ? `${issue.sheet}!${issue.cell}` : '';
      const body = [
        // A shape as well as a colour, and the word for screen readers.
        h('span', { class: `sev ${issue.severity}`, 'aria-hidden': 'true' }, SEVERITY_GLYPH[issue.severity]),
        h('span', { class: 'visually-hidden' }, `${CATALOGUES[this.lang].severity[issue.severity]}: `),
        h(
          'span',
          { class: 'issue-text' },
          h('span', { class: 'issue-title' }, issue.cell ? h('span', { class: 'cell' }, issue.cell) : null, title),
          h('span', { class: 'issue-message' }, issue.message),
        ),
      ];
      items.push(
        h(
          'li',
          {},
          issue.cell
            ? h(
                'button',
                {
                  class: `issue ${issue.severity}`,
                  type: 'button',
                  title: s.goTo(where),
                  'data-cell': where,
                  onclick: () => void this.select(issue),
                },
                ...body,
              )
            : h('div', { class: `issue ${issue.severity} static` }, ...body),
        ),
      );
    }
    list.replaceChildren(...items);
  }

  renderRollup(): void {
    const a = this.analysis!;
    const s = this.s;
    const t = a.totals;
    const pct = (x: number | null) => (x === null ? '—' : s.percent(x));
    const kpi = (label: string, value: string, kind = '') =>
      h(
        'div',
        { class: `kpi ${kind}` },
        h('div', { class: 'kpi-value' }, value),
        h('div', { class: 'kpi-label' }, label),
      );
    byId('kpis').replaceChildren(
      kpi(s.totalLabel, String(t.commitments)),
      kpi(s.dueLabel, String(t.due)),
      kpi(s.onTimeLabel, pct(t.onTimeRate), 'good'),
      kpi(s.dueSoonLabel, String(t.dueSoon), t.dueSoon ? 'warn' : ''),
    );
    const max = Math.max(1, ...STATUS_KEYS.map((k) => t.byStatus[k]));
    byId('status-bars').replaceChildren(
      ...STATUS_KEYS.filter((k) => t.byStatus[k] > 0 || k !== 'unknown').map((k) =>
        h(
          'div',
          { class: 'bar-row' },
          h('span', { class: 'bar-label' }, CATALOGUES[this.lang].status[k]),
          h(
            'span',
            { class: 'bar-track' },
            h('span', { class: `bar-fill s-${k}`, style: `width:${(100 * t.byStatus[k]) / max}%` }),
          ),
          h('span', { class: 'bar-count' }, String(t.byStatus[k])),
        ),
      ),
    );
  }

  /** The mapping the pane would save for a sheet: what was saved, else what was detected. */
  pendingFor(sheet: string, table: TableLayout | null): PendingSheet {
    let p = this.pending.get(sheet);
    if (!p) {
      const saved = this.analysis?.check.savedMapping?.sheets[sheet];
      const mapping: SheetMapping = saved
        ? { headerRow: saved.headerRow, headerRows: saved.headerRows, columns: { ...saved.columns } }
        : {
            headerRow: table ? table.headerTop + 1 : 1,
            headerRows: table ? table.headerBottom - table.headerTop + 1 : 1,
            columns: {},
          };
      p = { mapping, dirty: false };
      this.pending.set(sheet, p);
    }
    return p;
  }

  renderMapping(): void {
    const a = this.analysis!;
    const s = this.s;
    const sheets = a.check.sheets.filter((o) => o.sheet !== ROLLUP_SHEET);
    // The first sheet with a table starts open; the clerk's own choice is kept across renders.
    if (!this.openSheets)
      this.openSheets = new Set(
        sheets
          .filter((o) => o.table)
          .slice(0, 1)
          .map((o) => o.sheet),
      );
    const cards: Node[] = [];
    for (const outcome of sheets) {
      const table = outcome.table;
      const p = this.pendingFor(outcome.sheet, table);
      const asked = Boolean(table) || p.dirty || Boolean(a.check.savedMapping?.sheets[outcome.sheet]);
      const headerInput = h('input', {
        type: 'number',
        min: '1',
        max: '1048576',
        value: asked ? String(p.mapping.headerRow) : '',
        class: 'small',
        'aria-label': s.headerRow,
      });
      headerInput.addEventListener('change', () => {
        const v = Number(headerInput.value);
        if (Number.isInteger(v) && v >= 1) {
          p.mapping.headerRow = v;
          p.mapping.columns = {};
          p.dirty = true;
          this.renderMapping();
        }
      });
      const rowsSelect = h(
        'select',
        { class: 'small', 'aria-label': s.headerRows },
        h('option', { value: '1' }, '1'),
        h('option', { value: '2' }, '2'),
      );
      rowsSelect.value = String(p.mapping.headerRows);
      rowsSelect.addEventListener('change', () => {
        p.mapping.headerRows = Number(rowsSelect.value);
        p.dirty = true;
      });
      const rows = asked ? this.mappingRows(outcome.sheet, table, p) : [];
      const details = h(
        'details',
        { class: 'card sheet-card', 'data-sheet': outcome.sheet, open: this.openSheets.has(outcome.sheet) },
        h(
          'summary',
          {},
          h('span', { class: 'sheet-name' }, outcome.sheet),
          h(
            'span',
            { class: 'muted' },
            table ? s.mappingSummary(outcome.commitments, table.columns.length) : s.noTableShort,
          ),
        ),
        asked
          ? h(
              'div',
              { class: 'inline' },
              h('label', {}, s.headerRow, ' ', headerInput),
              h('label', {}, s.headerRows, ' ', rowsSelect),
            )
          : h('div', { class: 'inline' }, h('label', {}, s.noTableAsk, ' ', headerInput)),
        rows.length
          ? h(
              'table',
              { class: 'mapping' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', {}, s.column),
                  h('th', {}, s.header),
                  h('th', {}, s.field),
                  h('th', {}, s.confidence),
                ),
              ),
              h('tbody', {}, ...rows),
            )
          : null,
      );
      details.addEventListener('toggle', () => {
        if (details.open) this.openSheets?.add(outcome.sheet);
        else this.openSheets?.delete(outcome.sheet);
      });
      cards.push(details);
    }
    byId('mapping').replaceChildren(...cards);
  }

  mappingRows(sheet: string, table: TableLayout | null, p: PendingSheet): Node[] {
    const s = this.s;
    type Row = { col: number; header: string; current: string; special: string | null; confidence: string };
    let rows: Row[] = [];
    if (table && table.headerTop + 1 === p.mapping.headerRow) {
      rows = table.columns.map((c) => {
        const month = table.months.find((m) => m.col === c.col);
        const mark = table.statusMarks.find((m) => m.col === c.col);
        const special = month ? s.monthColumn(month.month) : mark ? s.statusMark(mark.label) : null;
        const chosen = p.mapping.columns[columnLetter(c.col)];
        return {
          col: c.col,
          header: c.header,
          current: chosen ?? (special ? 'special' : (c.field ?? 'ignore')),
          special,
          confidence:
            chosen || c.source === 'saved'
              ? s.saved
              : c.field || special
                ? `${Math.round(c.match.confidence * 100)}%`
                : '—',
        };
      });
    } else {
      // No table at that row yet: offer the cells of the chosen header row.
      const grid = this.read?.grid.sheets.find((g) => g.name === sheet);
      const cells = grid?.values[p.mapping.headerRow - 1] ?? [];
      cells.forEach((v, col) => {
        if (v === null || v === undefined || String(v).trim() === '') return;
        const chosen = p.mapping.columns[columnLetter(col)];
        const guess = matchHeaderText(String(v));
        const field = guess.field && guess.field !== 'month' && guess.field !== 'unit' ? guess.field : null;
        rows.push({
          col,
          header: String(v),
          current: chosen ?? field ?? 'ignore',
          special: null,
          confidence: chosen ? s.saved : field ? `${Math.round(guess.confidence * 100)}%` : '—',
        });
      });
    }
    return rows.map((r) => {
      const select = h(
        'select',
        { 'aria-label': `${s.column} ${columnLetter(r.col)}` },
        r.special ? h('option', { value: 'special' }, r.special) : null,
        ...MAPPABLE_FIELDS.map((f) => h('option', { value: f }, CATALOGUES[this.lang].field[f])),
        h('option', { value: 'ignore' }, s.ignore),
      );
      select.value = r.current;
      select.addEventListener('change', () => {
        if (select.value === 'special') delete p.mapping.columns[columnLetter(r.col)];
        else p.mapping.columns[columnLetter(r.col)] = select.value as MappableField | 'ignore';
        p.dirty = true;
        select.closest('tr')?.classList.add('changed');
      });
      return h(
        'tr',
        {},
        h('td', { class: 'col' }, columnLetter(r.col)),
        h('td', { class: 'header-text' }, r.header),
        h('td', {}, select),
        h('td', { class: 'conf' }, r.confidence),
      );
    });
  }
}

function structuredCloneMapping(m: SavedMapping): SavedMapping {
  return JSON.parse(JSON.stringify(m)) as SavedMapping;
}

const pane = new Pane();

function showFatal(text: string): void {
  const b = document.getElementById('banner');
  const t = document.getElementById('banner-text');
  if (b && t) {
    b.className = 'banner error';
    t.textContent = text;
    b.hidden = false;
  }
  const st = document.getElementById('status');
  if (st) st.textContent = '';
}

// Our own uncaught errors become a message; office.js's (cross-origin "Script error.") are its business.
window.addEventListener('error', (e) => {
  if (e.filename && /taskpane\.js/.test(e.filename)) pane.fail(e.error ?? e.message);
});
window.addEventListener('unhandledrejection', (e) => {
  if (e.reason !== undefined) pane.fail(e.reason);
});

if (document.documentElement.classList.contains('old-webview')) {
  // legacy-guard.js has said this Office cannot run the pane (in IE 11 this file does not even run).
} else if (typeof Office === 'undefined') {
  showFatal(STRINGS.vi.errOfficeJs);
} else {
  void Office.onReady((info) => {
    const lang = paneLanguage(Office.context?.displayLanguage);
    const s = STRINGS[lang];
    if (info.host !== Office.HostType.Excel) {
      pane.lang = lang;
      pane.s = s;
      pane.applyStrings();
      showFatal(s.errNoOffice);
      return;
    }
    const supported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
    if (!supported('ExcelApi', MIN_EXCEL_API)) {
      pane.lang = lang;
      pane.s = s;
      pane.applyStrings();
      showFatal(s.errUnsupported);
      return;
    }
    pane.start(lang, detectCapabilities(supported), Office.context.platform === Office.PlatformType.OfficeOnline);
  });
}
