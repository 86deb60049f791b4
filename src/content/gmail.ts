// Content script for mail.google.com.
import { gmailProvider } from '../providers/gmail';
import { startContent } from './run';

startContent(gmailProvider);
