/** What the host's app needs: the HTTP routes' dependencies plus the web channel's delivery port. */
import type { AppDependencies as HttpDependencies } from '@frontdesk/http/app-dependencies';
import type { WebDelivery } from '@frontdesk/web/web-delivery';

export interface AppDependencies extends HttpDependencies {
  /** The web channel's delivery port (staff replies to open widgets); created by the app when unset. */
  webDelivery?: WebDelivery;
}
