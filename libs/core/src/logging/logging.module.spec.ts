import { withoutSecrets } from './logging.module';

describe('withoutSecrets', () => {
  it('keeps a queue dashboard link’s ticket out of the logs, and the rest of the URL as it was', () => {
    expect(withoutSecrets('/admin/queues/enter?ticket=abc_DEF-123&queue=rollups')).toBe('/admin/queues/enter?ticket=[redacted]&queue=rollups');
    expect(withoutSecrets('/admin/queues/enter?queue=rollups&ticket=abc')).toBe('/admin/queues/enter?queue=rollups&ticket=[redacted]');
    expect(withoutSecrets('/graphql?query=x')).toBe('/graphql?query=x');
  });
});
