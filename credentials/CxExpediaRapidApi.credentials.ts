import { createHash } from 'node:crypto';
import type { Icon, ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

/**
 * Expedia Rapid (read guest reviews). Each request is signed:
 * Authorization: EAN APIKey={key},Signature={sha512hex(key + secret + unixSeconds)},timestamp={unixSeconds}.
 */
export class CxExpediaRapidApi implements ICredentialType {
	name = 'cxExpediaRapidApi';

	displayName = 'CX Expedia Rapid API';

	icon: Icon = 'file:cxExpedia.svg';

	documentationUrl = 'https://developers.expediagroup.com/rapid/setup/getting-started';

	properties: INodeProperties[] = [
		{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '', required: true },
		{ displayName: 'Shared Secret', name: 'sharedSecret', type: 'string', typeOptions: { password: true }, default: '', required: true },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'https://api.ean.com/v3', description: 'https://test.ean.com/v3 for the test environment' },
	];

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/chains' },
	};

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const key = String(credentials.apiKey ?? '');
		const ts = Math.floor(Date.now() / 1000);
		const signature = createHash('sha512').update(`${key}${String(credentials.sharedSecret ?? '')}${ts}`).digest('hex');
		return {
			...requestOptions,
			headers: { ...(requestOptions.headers ?? {}), Authorization: `EAN APIKey=${key},Signature=${signature},timestamp=${ts}` },
		};
	}
}
