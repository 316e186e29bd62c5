/**
 * Registration of the trigger's URL on the platform (n8n calls these on publish / unpublish and while
 * the editor listens for a test event). Ids and the Typeform signing secret live in the node's static
 * data; `delete` always clears them, even when the platform call fails, so a re-publish starts clean.
 */
import { randomBytes, createHash } from 'node:crypto';
import { NodeOperationError, type IDataObject, type IHookFunctions } from 'n8n-workflow';

import * as typeform from '../../providers/typeform/transport';
import * as surveymonkey from '../../providers/surveymonkey/transport';
import * as qualtrics from '../../providers/qualtrics/transport';
import * as formbricks from '../../providers/formbricks/transport';

export type TriggerPlatform = 'typeform' | 'surveymonkey' | 'qualtrics' | 'formbricks' | 'wenjuanxing' | 'limesurvey' | 'json';

const REGISTERED: TriggerPlatform[] = ['typeform', 'surveymonkey', 'qualtrics', 'formbricks'];

function surveyId(ctx: IHookFunctions): string {
	const id = String(ctx.getNodeParameter('survey', '', { extractValue: true }) ?? '').trim();
	if (!id) throw new NodeOperationError(ctx.getNode(), 'Choose the survey whose responses should start this workflow');
	return id;
}

function webhookUrl(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n gave no webhook URL for this node');
	return url;
}

/** Typeform webhook tags are per form; derive one from the URL so test and production URLs differ. */
export function typeformTag(url: string): string {
	return `cxloop-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

export const webhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			const platform = this.getNodeParameter('platform') as TriggerPlatform;
			if (!REGISTERED.includes(platform)) return true;
			const sd = this.getWorkflowStaticData('node');
			const url = webhookUrl(this);
			const sid = surveyId(this);
			switch (platform) {
				case 'typeform': {
					const hooks = await typeform.listWebhooks(this, sid);
					const found = hooks.find((h) => h.url === url);
					if (!found) return false;
					// Without our secret we could not verify deliveries: re-register to set a new one.
					if (!sd.webhookSecret || sd.webhookTag !== found.tag) return false;
					return true;
				}
				case 'surveymonkey': {
					const hooks = await surveymonkey.listWebhooks(this);
					const found = hooks.find((h) => h.subscription_url === url && (!h.object_ids || h.object_ids.map(String).includes(sid)));
					if (!found) return false;
					sd.webhookId = found.id;
					return true;
				}
				case 'qualtrics': {
					const subs = await qualtrics.listSubscriptions(this);
					const found = subs.find((s) => s.publicationUrl === url && String(s.topics ?? '').includes(sid));
					if (!found) return false;
					sd.webhookId = found.id;
					return true;
				}
				case 'formbricks': {
					const hooks = await formbricks.listWebhooks(this);
					const found = hooks.find((h) => h.url === url);
					if (!found) return false;
					sd.webhookId = found.id;
					return true;
				}
			}
			return true;
		},

		async create(this: IHookFunctions): Promise<boolean> {
			const platform = this.getNodeParameter('platform') as TriggerPlatform;
			if (!REGISTERED.includes(platform)) return true;
			const sd = this.getWorkflowStaticData('node');
			const url = webhookUrl(this);
			const sid = surveyId(this);
			switch (platform) {
				case 'typeform': {
					const tag = typeformTag(url);
					const secret = randomBytes(32).toString('hex');
					await typeform.putWebhook(this, sid, tag, url, secret);
					Object.assign(sd, { webhookTag: tag, webhookSecret: secret, surveyId: sid });
					return true;
				}
				case 'surveymonkey': {
					const event = this.getNodeParameter('smEvent', 'response_completed') as string;
					const hook = await surveymonkey.createWebhook(this, { name: `n8n CX Survey Trigger (${event})`, eventType: event, surveyIds: [sid], url });
					if (!hook?.id) throw new NodeOperationError(this.getNode(), 'SurveyMonkey did not return a webhook id');
					Object.assign(sd, { webhookId: String(hook.id), surveyId: sid });
					return true;
				}
				case 'qualtrics': {
					const creds = await this.getCredentials(qualtrics.QUALTRICS_CREDENTIAL);
					const id = await qualtrics.createSubscription(this, sid, url, (creds.sharedKey as string) || undefined);
					if (!id) throw new NodeOperationError(this.getNode(), 'Qualtrics did not return a subscription id');
					Object.assign(sd, { webhookId: id, surveyId: sid });
					return true;
				}
				case 'formbricks': {
					const triggers = this.getNodeParameter('formbricksTriggers', ['responseFinished']) as string[];
					const hook = await formbricks.createWebhook(this, url, triggers.length ? triggers : ['responseFinished'], [sid]);
					if (!hook?.id) throw new NodeOperationError(this.getNode(), 'Formbricks did not return a webhook id');
					Object.assign(sd, { webhookId: String(hook.id), surveyId: sid });
					return true;
				}
			}
			return true;
		},

		async delete(this: IHookFunctions): Promise<boolean> {
			const platform = this.getNodeParameter('platform') as TriggerPlatform;
			if (!REGISTERED.includes(platform)) return true;
			const sd = this.getWorkflowStaticData('node') as IDataObject;
			try {
				switch (platform) {
					case 'typeform': {
						const sid = (sd.surveyId as string) || surveyId(this);
						const tag = (sd.webhookTag as string) || typeformTag(webhookUrl(this));
						await typeform.deleteWebhook(this, sid, tag);
						break;
					}
					case 'surveymonkey':
						if (sd.webhookId) await surveymonkey.deleteWebhook(this, String(sd.webhookId));
						break;
					case 'qualtrics':
						if (sd.webhookId) await qualtrics.deleteSubscription(this, String(sd.webhookId));
						break;
					case 'formbricks':
						if (sd.webhookId) await formbricks.deleteWebhook(this, String(sd.webhookId));
						break;
				}
			} catch {
				return false;
			} finally {
				delete sd.webhookId;
				delete sd.webhookTag;
				delete sd.webhookSecret;
				delete sd.surveyId;
			}
			return true;
		},
	},
};
