// Content script for Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft).
import { outlookProvider } from '../providers/outlook';
import { startContent } from './run';

startContent(outlookProvider);
