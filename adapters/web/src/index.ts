/** The public surface of @frontdesk/web: the widget's API and the web channel's delivery port. */

export { createWebDelivery, type WebDelivery, type WidgetListener } from './web-delivery.js';
export { createWidgetApi } from './widget-api.js';
export { widgetScript } from './widget-script.js';
