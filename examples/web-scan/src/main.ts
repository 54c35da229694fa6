import './style.css';
import { WebScanApp } from './app';

const root = document.querySelector<HTMLElement>('#app');
if (!root) throw new Error('praktijkscan web-scan: no #app element');
new WebScanApp(root, window.localStorage).start();
