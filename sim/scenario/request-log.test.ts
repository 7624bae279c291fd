import { describe, expect, it } from 'vitest';
import { mask, maskedBody, RequestLog, requestLogCapacity } from './request-log';

describe('RequestLog', () => {
  it('keeps the last 1,000 requests', () => {
    const log = new RequestLog();
    for (let i = 0; i < requestLogCapacity + 5; i += 1) log.record({ time: '', method: 'GET', path: `/${i}` });
    expect(log.list()).toHaveLength(requestLogCapacity);
    expect(log.list()[0]?.path).toBe('/5');
  });
});

describe('maskedBody', () => {
  it('masks password-like fields at any depth, and in text that is not JSON', () => {
    const text = '{"password":"a","list":[{"newPassword":"b"}],"user":"u"}';
    expect(maskedBody(text, { ok: true, value: JSON.parse(text) as unknown })).toEqual({
      password: mask,
      list: [{ newPassword: mask }],
      user: 'u',
    });
    expect(maskedBody('{"password": "hunter2", ', { ok: false })).toBe(`{"password": "${mask}", `);
    expect(maskedBody('user=u&password=hunter2', { ok: false })).toBe(`user=u&password=${mask}`);
    expect(maskedBody('', { ok: true, value: undefined })).toBeUndefined();
  });
});
