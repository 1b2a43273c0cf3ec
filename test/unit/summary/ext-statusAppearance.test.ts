import * as assert from 'node:assert/strict';
import { TOOL_STATUSES } from '../../../src/core/model';
import { STATUS_APPEARANCE, themeColorVariable } from '../../../src/extension/summary/statusAppearance';

describe('status appearance', () => {
  it('gives every status its own icon, so statuses differ without colour', () => {
    const icons = TOOL_STATUSES.map((status) => STATUS_APPEARANCE[status].icon);
    assert.equal(new Set(icons).size, TOOL_STATUSES.length, icons.join(', '));
  });

  it('names the webview CSS variable of a theme colour', () => {
    assert.equal(themeColorVariable('charts.green'), '--vscode-charts-green');
    assert.equal(themeColorVariable('errorForeground'), '--vscode-errorForeground');
  });
});
