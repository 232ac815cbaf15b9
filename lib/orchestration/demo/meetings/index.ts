import { acmeLogisticsDiscovery } from "./acme-logistics-discovery";
import type { DemoMeeting } from "./demo-meeting";
import { engineeringStandup } from "./engineering-standup";
import { oneOnOneGraceDaniel } from "./one-on-one-grace-daniel";
import { productPlanningQ3 } from "./product-planning-q3";
import { safetyInspectionSite } from "./safety-inspection-site";

export type { DemoMeeting } from "./demo-meeting";

/** Meetings created by `npm run minuta -- demo seed`, in the order they are seeded. */
export const demoMeetings: DemoMeeting[] = [
  productPlanningQ3,
  acmeLogisticsDiscovery,
  engineeringStandup,
  safetyInspectionSite,
  oneOnOneGraceDaniel,
];
