import { ChromiumNotFoundError, countPdfPages, findChromium } from '../../../nodes/engine/report/pdf';

describe('findChromium', () => {
	const only = (...paths: string[]) => (p: string) => paths.includes(p);

	it('takes the explicit path alone, and names it when it is not there', () => {
		expect(findChromium({ explicitPath: '/opt/chrome', isExecutable: only('/opt/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome');
		expect(() => findChromium({ explicitPath: '/opt/none', isExecutable: only('/usr/bin/chromium') })).toThrow('No Chromium at the given path: /opt/none');
	});

	it('CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH, then the names on PATH, then the usual folders', () => {
		const isExecutable = only('/a/chrome', '/b/chrome', '/home/x/bin/chromium-browser', '/usr/bin/chromium');
		expect(findChromium({ env: { CHROME_PATH: '/a/chrome', PUPPETEER_EXECUTABLE_PATH: '/b/chrome' }, isExecutable })).toBe('/a/chrome');
		expect(findChromium({ env: { CHROME_PATH: '/missing', PUPPETEER_EXECUTABLE_PATH: '/b/chrome' }, isExecutable })).toBe('/b/chrome');
		expect(findChromium({ env: { PATH: '/nowhere:/home/x/bin' }, isExecutable })).toBe('/home/x/bin/chromium-browser');
		expect(findChromium({ env: {}, isExecutable })).toBe('/usr/bin/chromium');
	});

	it('lists where it looked and says how to install one', () => {
		let err: ChromiumNotFoundError | undefined;
		try {
			findChromium({ env: { CHROME_PATH: '/x/chrome', PATH: '/usr/local/bin' }, isExecutable: () => false });
		} catch (e) {
			err = e as ChromiumNotFoundError;
		}
		expect(err).toBeInstanceOf(ChromiumNotFoundError);
		expect(err!.message).toMatch(/^No Chromium or Chrome found for the PDF \(looked at CHROME_PATH=\/x\/chrome, PUPPETEER_EXECUTABLE_PATH \(not set\), chromium \/ chromium-browser \/ google-chrome \/ google-chrome-stable on PATH, \/usr\/bin\/chromium, /);
		expect(err!.hint).toContain('apt-get install chromium fonts-noto-cjk');
		expect(err!.hint).toContain('CHROME_PATH');
	});
});

describe('countPdfPages', () => {
	it('counts page objects, not the page tree', () => {
		const pdf = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>>\n2 0 obj <</Type /Page>>\n3 0 obj <</Type/Page /Parent 1 0 R>>\n%%EOF', 'latin1');
		expect(countPdfPages(pdf)).toBe(2);
	});
});
