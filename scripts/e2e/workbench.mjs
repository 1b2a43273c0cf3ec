// What a person does in the VS Code web workbench, as Playwright actions that wait on the DOM: click a file in the
// Explorer, open the Problems panel, go to a line, open the quick fix menu, run a command from the palette, open a
// view container. Selectors are VS Code 1.139's; each wait has a timeout, none is a fixed sleep.

/** Generous, because a loaded two-core machine can take seconds to start an extension host. */
export const UI_TIMEOUT_MS = 60_000;
/** Scrolling through a list a few rows at a time (less than it shows at once), for as many rows as a workbench runs extensions. */
const SCROLL_STEP_PX = 300;
const MAX_SCROLL_STEPS = 40;

/**
 * Waits for the workbench's last start-up phase ("Eventually"), when VS Code activates the extensions waiting for
 * start-up to finish. An extension activated before then shares the extension host with theirs, and the time VS Code
 * shows for it counts some of theirs.
 */
export async function waitForStartupFinished(page) {
  await page.waitForFunction(() => performance.getEntriesByName('code/LifecyclePhase/Eventually').length > 0, undefined, { timeout: UI_TIMEOUT_MS });
}

/** Escapes text for use inside a RegExp. */
function literal(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the workbench shows the Explorer with `fileName` in it. */
export async function waitForExplorer(page, fileName) {
  await page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT_MS });
  await explorerItem(page, fileName).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The Explorer row of a file or folder at the top level of the workspace. */
export function explorerItem(page, fileName) {
  return page.locator('.explorer-folders-view').getByRole('treeitem', { name: fileName, exact: true });
}

/** Clicks a file in the Explorer and waits for its editor tab to be the active one. */
export async function openFromExplorer(page, fileName) {
  await explorerItem(page, fileName).click();
  await page.locator('.tabs-container .tab.active').filter({ hasText: fileName }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Waits until the status bar shows `languageName` as the active editor's language. */
export async function waitForLanguage(page, languageName) {
  await page.locator('.statusbar [id="status.editor.mode"]').filter({ hasText: languageName }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Opens the Problems panel with its keyboard shortcut. */
export async function openProblems(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: UI_TIMEOUT_MS });
}

/**
 * Waits for a Problems row whose text matches `pattern` and returns its message and position. The panel writes
 * each row as "<message><source><code>[Ln <line>, Col <column>]".
 */
export async function waitForProblem(page, pattern) {
  const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: pattern }).first();
  await row.waitFor({ timeout: UI_TIMEOUT_MS });
  const text = (await row.textContent()) ?? '';
  const position = /\[Ln (\d+), Col (\d+)\]/.exec(text);
  const message = await row.locator('.marker-message-details, .marker-message').first().textContent().catch(() => text);
  return { text, message: (message ?? text).trim(), line: Number(position?.[1]), column: Number(position?.[2]) };
}

/** Waits until no Problems row matches `pattern`. */
export async function waitForNoProblem(page, pattern) {
  await page.locator('.markers-panel .monaco-list-row').filter({ hasText: pattern }).first().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

/** Focuses the first editor group and moves the cursor with Go to Line (Ctrl+G), as a person would. */
export async function goToLine(page, line, column = 1) {
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  await page.locator('.statusbar [id="status.editor.selection"]').filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** How long one Ctrl+. is given to open the menu before it is pressed again. */
const QUICK_FIX_ATTEMPT_MS = 5_000;

/**
 * Opens the quick fix menu with Ctrl+. and returns the labels of its actions, in order. A press that comes while the
 * editor is still asking for its code actions can open nothing (seen about once in twenty runs on a loaded machine),
 * so, as a user would, it presses again, within the same overall time limit.
 */
export async function openQuickFixMenu(page) {
  const actions = page.locator('.action-widget .monaco-list-row.action');
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    await page.keyboard.press('Control+.');
    const opened = await actions
      .first()
      .waitFor({ timeout: Math.min(QUICK_FIX_ATTEMPT_MS, Math.max(1, deadline - Date.now())) })
      .then(() => true, () => false);
    if (opened) return actions.allTextContents();
    if (Date.now() >= deadline) throw new Error(`the quick fix menu did not open within ${UI_TIMEOUT_MS / 1000} s`);
    await page.keyboard.press('Escape');
  }
}

/**
 * Moves through the open quick fix menu with the arrow keys until the focused action matches `pattern`, and
 * presses Enter. Returns the label chosen.
 */
export async function pickQuickFix(page, pattern) {
  const count = await page.locator('.action-widget .monaco-list-row.action').count();
  for (let moves = 0; moves <= count; moves++) {
    const focused = ((await page.locator('.action-widget .monaco-list-row.action.focused').textContent({ timeout: UI_TIMEOUT_MS })) ?? '').trim();
    if (pattern.test(focused)) {
      await page.keyboard.press('Enter');
      await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
      return focused;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no quick fix matching ${pattern} in the menu`);
}

/** Runs a command by its title from the command palette (F1). */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.type(title);
  await page.locator('.quick-input-widget .monaco-list-row.focused').filter({ hasText: new RegExp(`^${literal(title)}`) }).waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

/**
 * Opens Developer: Show Running Extensions and reads the activation time shown for `extensionName`, in ms,
 * with the tooltip's reason ("Activated by … because you opened a plaintext file").
 */
export async function activationTime(page, extensionName) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const list = page.locator('.runtime-extensions-editor .monaco-list');
  const row = list.locator('.monaco-list-row').filter({ has: page.locator('.name', { hasText: new RegExp(`^${literal(extensionName)}$`) }) });
  await list.locator('.monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
  // The list draws only the rows in view and puts the slowest extensions first, so a quick one is further down:
  // scroll until its row is in view (also for the step's screenshot), a frame at a time.
  await list.hover();
  for (let step = 0; !(await isShownIn(row, list)); step++) {
    if (step === MAX_SCROLL_STEPS) throw new Error(`${extensionName} is not in the list of running extensions`);
    await page.mouse.wheel(0, SCROLL_STEP_PX);
    await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(resolve)));
  }
  const time = row.locator('.activation-time');
  await time.filter({ hasText: /\d+\s*ms/ }).waitFor({ timeout: UI_TIMEOUT_MS });
  const text = (await time.textContent()) ?? '';
  return { ms: Number(/(\d+)\s*ms/.exec(text)?.[1]), text: text.trim() };
}

/** True when `item` is drawn entirely within the visible part of `container`. */
async function isShownIn(item, container) {
  if ((await item.count()) === 0) return false;
  const [box, frame] = await Promise.all([item.boundingBox(), container.boundingBox()]);
  return box !== null && frame !== null && box.y >= frame.y && box.y + box.height <= frame.y + frame.height;
}

/** Clicks a view container in the activity bar (e.g. "FOI") and waits for its side bar; leaves it open if it is. */
export async function openViewContainer(page, title) {
  const heading = page.locator('.sidebar .composite.title').filter({ hasText: new RegExp(`^${literal(title)}`, 'i') });
  // Clicking the icon of the container already shown would close the side bar.
  if (await heading.isVisible()) return;
  await page.locator(`.activitybar .action-item .action-label[aria-label="${title}"]`).click();
  await heading.waitFor({ timeout: UI_TIMEOUT_MS });
}

/**
 * The document of an extension's webview view. VS Code draws webviews in an overlay above the side bar, not inside
 * it, as a frame (whose address names the extension and the kind of webview) holding the content's frame.
 */
export function webviewView(page, extensionId) {
  return page.frameLocator(`iframe.webview.ready[src*="extensionId=${extensionId}&"][src*="purpose=webviewView"]`).frameLocator('iframe');
}

/** The side bar pane (a view) whose header reads `title`. */
export function sideBarPane(page, title) {
  return page.locator('.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: new RegExp(`^${literal(title)}`, 'i') }) });
}
