import { nextTick, ref } from 'vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCursorPages } from '../../client/composables/use-cursor-pages';
import { useDebounced } from '../../client/composables/use-debounced';
import { useUserErrors } from '../../client/composables/use-user-errors';
import { formatYuan, toDecimal } from '../../client/utils/format';

describe('useCursorPages', () => {
  it('walks forward with endCursors and back by popping them', () => {
    const pages = useCursorPages(20);
    expect(pages.after.value).toBeNull();
    expect(pages.hasPrevious.value).toBe(false);
    pages.next('c1');
    pages.next('c2');
    expect(pages.after.value).toBe('c2');
    expect(pages.page.value).toBe(3);
    pages.previous();
    expect(pages.after.value).toBe('c1');
    pages.next(null);
    expect(pages.page.value).toBe(2);
  });

  it('starts over when the page size changes', () => {
    const pages = useCursorPages(20);
    pages.next('c1');
    pages.setPageSize(50);
    expect(pages.pageSize.value).toBe(50);
    expect(pages.after.value).toBeNull();
    expect(pages.page.value).toBe(1);
  });
});

describe('useDebounced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows the source only once it is still', async () => {
    const source = ref('');
    const debounced = useDebounced(source, 250);
    source.value = '养';
    await nextTick();
    vi.advanceTimersByTime(100);
    source.value = '养老';
    await nextTick();
    vi.advanceTimersByTime(200);
    expect(debounced.value).toBe('');
    vi.advanceTimersByTime(60);
    expect(debounced.value).toBe('养老');
  });
});

describe('useUserErrors', () => {
  it('puts each error under the form item its field path names', () => {
    const problems = useUserErrors(['creditCode', 'name']);
    problems.set([
      { field: ['input', 'creditCode'], message: '第 18 位校验码错误', code: 'INVALID_CREDIT_CODE' },
      { field: ['input', 'name'], message: '名称已被使用', code: 'TAKEN' },
      { field: ['input', 'unknown'], message: 'elsewhere', code: 'INVALID' },
      { field: null, message: '记录已被修改', code: 'STALE_VERSION' },
    ]);
    expect(problems.fieldErrors.value).toEqual({ creditCode: '第 18 位校验码错误', name: '名称已被使用' });
    expect(problems.generalErrors.value.map((e) => e.message)).toEqual(['elsewhere', '记录已被修改']);
    expect(problems.has('STALE_VERSION')).toBe(true);
    problems.clear();
    expect(problems.fieldErrors.value).toEqual({});
  });
});

describe('money formatting', () => {
  it('keeps yuan exact, as strings', () => {
    expect(formatYuan('1034000000.00')).toBe('1,034,000,000.00');
    expect(formatYuan('5.5')).toBe('5.50');
    expect(toDecimal('30000')).toBe('30000.00');
    expect(toDecimal('1,234.5')).toBe('1234.50');
    expect(toDecimal('')).toBeNull();
    expect(toDecimal('abc')).toBe('abc');
  });
});
