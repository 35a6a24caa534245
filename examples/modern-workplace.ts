/**
 * The modern workplace example built in code: the same model as `modern-workplace.yaml`, written as typed
 * {@link ModelInput} pieces and checked by {@link parseModel}. The YAML file explains the ITIL ideas at length;
 * the comments here say what code adds: types that catch a typo while you write, and numbers computed instead of typed.
 *
 * Importing this module prints nothing; it exports the parsed, frozen model.
 * @example
 * import { modernWorkplace } from "./modern-workplace.js";
 * modernWorkplace.services.find((s) => s.id === "smart-collaboration")?.bundles.map((b) => b.service)
 * // ["mail", "file-sharing", "mail-security", "sms-fax-gateway"]
 */
import {
  parseModel,
  type BenefitInput,
  type CostInput,
  type InvestmentInput,
  type JourneyInput,
  type Model,
  type ModelInput,
  type ResourceInput,
  type RiskInput,
  type ServiceInput,
  type StakeholderInput,
  type ValueStreamInput,
} from "../src/index.js";

/** The business units that consume the products, with their headcount (the showback shares). */
const HEADCOUNT = { "cfo-office": 150, "bu-sales": 400, "bu-hr": 50, "bu-production": 1400 } as const;
const BUSINESS_UNITS = Object.keys(HEADCOUNT) as (keyof typeof HEADCOUNT)[];

/** A team's yearly salaries: `fte` people at `costPerFte` EUR each, rising 3% a year. */
function staffing(id: string, of: string, fte: number, costPerFte: number): CostInput {
  return { id, of, name: `${fte} FTE`, category: "staffing", amount: fte * costPerFte, growth: 0.03 };
}

// Customers define requirements, users use, sponsors pay: the business units are customers and sponsors,
// the employees only users.
const stakeholders: StakeholderInput[] = [
  { id: "it-department", name: "Corporate IT", roles: ["provider"] },
  {
    id: "workplace-service-owner",
    name: "Head of Workplace Services",
    kind: "person",
    roles: ["provider"],
    description: "Accountable for the Smart Collaboration and Workplace Device products end to end.",
  },
  {
    id: "cfo-office",
    name: "CFO's office (Finance and Controlling)",
    roles: ["customer", "sponsor"],
    description: "Sponsors the central workplace budget and is also a consuming unit of 150 staff.",
  },
  { id: "bu-sales", name: "Sales", roles: ["customer", "sponsor"] },
  { id: "bu-hr", name: "Human Resources", roles: ["customer", "sponsor"] },
  {
    id: "bu-production",
    name: "Production",
    roles: ["customer", "sponsor"],
    description: "Three plants; most staff work on the shop floor with a shared kiosk device.",
  },
  {
    id: "employees",
    name: "Employees",
    kind: "team",
    roles: ["user"],
    description: "The 2,000 people who use the services every day. They are users, not sponsors.",
  },
  { id: "hiring-managers", name: "Hiring managers", kind: "team", roles: ["customer"] },
  {
    id: "cloud-mail-provider",
    name: "CloudMail Ltd.",
    roles: ["supplier"],
    internal: false,
    description: "Runs the mailboxes in its cloud; we buy the service per mailbox and month.",
  },
  { id: "wan-carrier", name: "Regional carrier", roles: ["supplier"], internal: false },
];

// The four dimensions: teams and skills, applications and platforms, contracts, processes.
const resources: ResourceInput[] = [
  {
    id: "messaging-team",
    name: "Messaging team",
    dimension: "organizations-and-people",
    kind: "team",
    supports: [{ service: "mail", share: 5 }, { service: "mail-security", share: 3 }, { service: "sms-fax-gateway", share: 2 }],
  },
  {
    id: "platform-team",
    name: "Platform and identity team",
    dimension: "organizations-and-people",
    kind: "team",
    supports: ["identity", "file-sharing", "endpoint-management"],
  },
  {
    id: "network-team",
    name: "Network team",
    dimension: "organizations-and-people",
    kind: "team",
    supports: ["network"],
  },
  {
    id: "service-desk-team",
    name: "Service desk agents",
    dimension: "organizations-and-people",
    kind: "team",
    supports: ["service-desk"],
  },
  {
    id: "email-security-skills",
    name: "Email threat analysis skills",
    dimension: "organizations-and-people",
    kind: "skill",
    supports: ["mail-security"],
  },
  {
    id: "file-platform",
    name: "File sharing platform (SaaS)",
    dimension: "information-and-technology",
    kind: "platform",
    supports: ["file-sharing"],
  },
  {
    id: "secure-mail-gateway",
    name: "Secure mail gateway",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["mail-security"],
  },
  {
    id: "sms-fax-server",
    name: "SMS and fax server",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["sms-fax-gateway"],
  },
  {
    id: "directory",
    name: "Directory and single sign-on",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["identity"],
  },
  {
    id: "campus-network",
    name: "Campus network and WAN equipment",
    dimension: "information-and-technology",
    kind: "platform",
    supports: ["network"],
  },
  {
    id: "itsm-tool",
    name: "IT service management tool",
    dimension: "information-and-technology",
    kind: "application",
    supports: [{ service: "service-desk", share: 4 }, { service: "network", share: 1 }],
  },
  {
    id: "device-fleet",
    name: "Laptops, phones and kiosk devices",
    dimension: "information-and-technology",
    kind: "platform",
    supports: ["workplace-device"],
  },
  {
    id: "endpoint-suite",
    name: "Endpoint management suite",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["endpoint-management"],
  },
  {
    id: "legacy-fax-machines",
    name: "Legacy fax machines in the plants",
    dimension: "information-and-technology",
    kind: "platform",
    description: "Still paid for, not yet mapped to any service, so their cost shows up as unallocated.",
  },
  {
    id: "cloud-mail-contract",
    name: "Cloud mail subscription",
    dimension: "partners-and-suppliers",
    kind: "contract",
    supports: ["mail"],
  },
  {
    id: "wan-contract",
    name: "WAN and internet contract",
    dimension: "partners-and-suppliers",
    kind: "contract",
    supports: ["network"],
  },
  {
    id: "sms-carrier-contract",
    name: "SMS and fax carrier contract",
    dimension: "partners-and-suppliers",
    kind: "contract",
    supports: ["sms-fax-gateway"],
  },
  {
    id: "incident-process",
    name: "Incident and request handling process",
    dimension: "value-streams-and-processes",
    kind: "process",
    supports: ["service-desk"],
  },
  {
    id: "joiner-mover-leaver",
    name: "Joiner, mover, leaver process",
    dimension: "value-streams-and-processes",
    kind: "process",
    supports: ["identity", "service-desk"],
  },
];

// Two products (business services) over technical services.
const services: ServiceInput[] = [
  {
    id: "smart-collaboration",
    name: "Smart Collaboration",
    kind: "business",
    owner: "workplace-service-owner",
    description: "Mail, file sharing, mail security and SMS/fax, offered to the business units as one product.",
    bundles: ["mail", "file-sharing", "mail-security", "sms-fax-gateway"],
    dependsOn: ["identity", { service: "network", share: 2 }, "service-desk"],
    // Showback by headcount; what the product removes from and imposes on each unit's own budget, a year.
    consumers: [
      { stakeholder: "cfo-office", share: HEADCOUNT["cfo-office"], costsRemoved: { low: 10000, high: 30000 }, costsImposed: 4000 },
      {
        stakeholder: "bu-sales",
        share: HEADCOUNT["bu-sales"],
        costsRemoved: { low: 40000, mode: 60000, high: 110000 },
        costsImposed: 12000,
      },
      { stakeholder: "bu-hr", share: HEADCOUNT["bu-hr"], costsRemoved: 5000, costsImposed: 2000 },
      {
        stakeholder: "bu-production",
        share: HEADCOUNT["bu-production"],
        costsRemoved: { low: 60000, high: 150000 },
        costsImposed: { low: 20000, high: 45000 },
      },
    ],
    offerings: [
      {
        id: "collaboration-standard",
        name: "Collaboration seat (office staff)",
        goods: ["Headset"],
        access: [
          "Mailbox of 50 GB",
          "Personal and team file storage of 1 TB",
          "Spam and malware filtering",
          "SMS and fax sending",
        ],
        actions: [
          "Accounts ready on the first working day",
          "Restore of deleted mail and files within 30 days",
          "Help from the service desk",
        ],
        price: 14.5,
        description: "Price per user and month.",
      },
      {
        id: "collaboration-frontline",
        name: "Collaboration seat (shop floor)",
        access: ["Kiosk mailbox of 2 GB", "Read access to team files"],
        actions: ["Accounts ready on the first working day", "Help from the service desk"],
        price: 4,
      },
    ],
    agreement: {
      outcome: "every employee can work with colleagues and customers from anywhere, on any device",
      targets: [
        { metric: "Employees who can work remotely without calling for help", target: 97, unit: "%" },
        { metric: "New starters with working mail and files on their first day", target: 95, unit: "%" },
        { metric: "Customer mails wrongly held as spam", target: 0.1, unit: "%", direction: "at-most" },
        { metric: "Time to restore a deleted file", target: 4, unit: "hours", direction: "at-most" },
        { metric: "User satisfaction with collaboration", target: 4, unit: "score 1-5" },
        { metric: "Mail availability in working hours", target: 99.9, unit: "%" },
      ],
    },
    meta: { catalogueId: "BS-001" },
  },
  {
    id: "workplace-device",
    name: "Workplace Device",
    kind: "business",
    owner: "workplace-service-owner",
    description: "A managed laptop or phone (or a shared kiosk on the shop floor), replaced every four years.",
    dependsOn: ["endpoint-management", "identity", "network", "service-desk"],
    // Computed in code: shop-floor staff share one kiosk between two, so Production counts half its headcount.
    consumers: BUSINESS_UNITS.map((unit) => ({
      stakeholder: unit,
      share: unit === "bu-production" ? HEADCOUNT[unit] / 2 : HEADCOUNT[unit],
    })),
    offerings: [
      {
        id: "laptop-standard",
        name: "Standard laptop",
        goods: ["Laptop", "Docking station", "Bag"],
        access: ["Patching and device management", "Company apps"],
        actions: ["Replacement within one working day", "Data moved to the new device"],
        price: 42,
      },
      {
        id: "shop-floor-kiosk",
        name: "Shared shop-floor kiosk",
        goods: ["Rugged tablet"],
        access: ["Kiosk apps"],
        actions: ["Swap on failure within four hours"],
        price: 18,
      },
    ],
    agreement: {
      outcome: "people have a device that works wherever they work, and a new one before the old one slows them down",
      targets: [
        { metric: "Devices replaced within one working day of failure", target: 95, unit: "%" },
        { metric: "Devices older than five years", target: 2, unit: "%", direction: "at-most" },
      ],
    },
  },
  {
    id: "mail",
    name: "Mail",
    owner: "it-department",
    // Externally supplied: the supplier runs it, Corporate IT owns it towards the customers.
    supplier: "cloud-mail-provider",
    dependsOn: ["identity"],
    meta: { cmdbId: "CI-0042" },
  },
  { id: "file-sharing", name: "File sharing", owner: "it-department", dependsOn: ["identity"] },
  {
    id: "mail-security",
    name: "Mail security (anti-spam and anti-malware)",
    owner: "it-department",
    dependsOn: ["mail"],
  },
  { id: "sms-fax-gateway", name: "SMS and fax gateway", owner: "it-department", dependsOn: ["network"] },
  { id: "identity", name: "Identity and directory", owner: "it-department" },
  // NOTE: the network and the service desk consume each other; the products consume both, so cost leaves the cycle.
  { id: "network", name: "Network", owner: "it-department", supplier: "wan-carrier", dependsOn: [{ service: "service-desk", share: 0.5 }] },
  { id: "service-desk", name: "Service desk", owner: "it-department", dependsOn: ["network", "identity"] },
  { id: "endpoint-management", name: "Endpoint management", owner: "it-department", dependsOn: ["identity", "network"] },
  {
    id: "self-service-portal",
    name: "Self-service portal",
    owner: "it-department",
    lifecycle: "pipeline",
    description: "Planned; built by the self-service portal investment.",
  },
];

// From demand to value; the second stream branches with `next`.
const valueStreams: ValueStreamInput[] = [
  {
    id: "onboard-employee",
    name: "Onboard a new employee",
    consumer: "hiring-managers",
    trigger: "a hiring manager signs a contract",
    outcome: "the new employee is productive on day one",
    steps: [
      {
        id: "register-hire",
        name: "HR registers the new hire",
        activity: "engage",
        practices: ["service-request-management", "relationship-management"],
        services: ["service-desk"],
        performer: "bu-hr",
        processTime: "30m",
        waitTime: "1d",
        pctCompleteAccurate: 0.8,
      },
      {
        id: "choose-offerings",
        name: "Choose the seat and device for the role",
        activity: "plan",
        practices: ["service-catalogue-management"],
        services: ["smart-collaboration", "workplace-device"],
        performer: "hiring-managers",
        processTime: "20m",
        waitTime: "1d",
      },
      {
        id: "approve-access",
        name: "Approve access rights",
        activity: "design-and-transition",
        // An alias: stored as "change-enablement".
        practices: ["change-control", "information-security-management"],
        performer: "hiring-managers",
        processTime: "15m",
        waitTime: "2d",
        pctCompleteAccurate: 0.85,
      },
      {
        id: "create-accounts",
        name: "Create the account, mailbox and file shares",
        activity: "obtain-build",
        practices: ["service-request-management", "service-configuration-management"],
        services: ["identity", "mail", "file-sharing"],
        performer: "platform-team",
        processTime: 0.75,
        waitTime: "4h",
        pctCompleteAccurate: 0.9,
      },
      {
        id: "prepare-device",
        name: "Prepare and ship the laptop",
        activity: "obtain-build",
        practices: ["it-asset-management", "deployment-management"],
        services: ["workplace-device", "endpoint-management"],
        processTime: "2h",
        waitTime: "1d 4h",
        pctCompleteAccurate: 0.95,
      },
      {
        id: "welcome-day-one",
        name: "Welcome and first login",
        activity: "deliver-and-support",
        practices: ["service-desk"],
        services: ["service-desk", "smart-collaboration"],
        performer: "service-desk-team",
        processTime: "1h",
        waitTime: "3d",
      },
      {
        id: "first-week-feedback",
        name: "Ask about the first week",
        activity: "improve",
        practices: ["continual-improvement", "measurement-and-reporting"],
        processTime: "20m",
        waitTime: "1w",
      },
    ],
  },
  {
    id: "fulfil-access-request",
    name: "Fulfil a request for access to a team's files",
    consumer: "employees",
    trigger: "an employee asks for access to a team's files",
    outcome: "the employee works with the team's files",
    steps: [
      {
        id: "log-request",
        name: "Log the request",
        activity: "engage",
        practices: ["service-desk", "service-request-management"],
        services: ["service-desk"],
        processTime: "10m",
        next: ["check-standard"],
      },
      {
        id: "check-standard",
        name: "Check whether the request is standard",
        activity: "deliver-and-support",
        practices: ["service-request-management"],
        processTime: "5m",
        waitTime: "2h",
        pctCompleteAccurate: 0.9,
        next: ["grant-automatically", "owner-approval"],
      },
      {
        id: "grant-automatically",
        name: "Grant access automatically",
        activity: "deliver-and-support",
        practices: ["service-request-management"],
        services: ["identity", "file-sharing"],
        processTime: "1m",
        next: ["confirm-access"],
      },
      {
        id: "owner-approval",
        name: "The file owner approves",
        activity: "engage",
        practices: ["information-security-management"],
        processTime: "10m",
        waitTime: "2d",
        pctCompleteAccurate: 0.7,
        next: ["grant-manually"],
      },
      {
        id: "grant-manually",
        name: "Grant access by hand",
        activity: "deliver-and-support",
        practices: ["service-request-management"],
        services: ["identity", "file-sharing"],
        performer: "service-desk-team",
        processTime: "15m",
        waitTime: "4h",
        pctCompleteAccurate: 0.95,
        next: ["confirm-access"],
      },
      {
        id: "confirm-access",
        name: "Confirm with the employee",
        activity: "engage",
        practices: ["service-desk"],
        processTime: "5m",
        waitTime: "1h",
        next: [],
      },
    ],
  },
];

const journeys: JourneyInput[] = [
  {
    id: "sales-collaboration-journey",
    name: "Sales adopts Smart Collaboration",
    stakeholder: "bu-sales",
    stages: [
      {
        stage: "explore",
        touchpoints: [
          {
            name: "Sales asks how its field staff could work from customer sites",
            actors: ["bu-sales", "it-department"],
            satisfaction: 4,
          },
        ],
      },
      {
        stage: "engage",
        touchpoints: [
          {
            name: "Monthly meeting with the relationship manager",
            actors: ["bu-sales", "workplace-service-owner"],
            satisfaction: 4,
          },
        ],
      },
      {
        stage: "offer",
        touchpoints: [
          {
            name: "Offerings explained from the service catalogue",
            actors: ["bu-sales", "workplace-service-owner"],
            satisfaction: 3.5,
            service: "smart-collaboration",
          },
        ],
      },
      {
        stage: "agree",
        touchpoints: [
          {
            name: "Agreement on outcomes and showback signed",
            actors: ["bu-sales", "cfo-office", "workplace-service-owner"],
            satisfaction: 4,
            service: "smart-collaboration",
          },
        ],
      },
      {
        stage: "onboard",
        touchpoints: [
          {
            name: "Mailbox migration weekend",
            actors: ["employees", "it-department"],
            satisfaction: 2.5,
            service: "mail",
          },
          { name: "Training sessions", actors: ["employees"], satisfaction: 3 },
        ],
      },
      {
        stage: "co-create",
        touchpoints: [
          {
            name: "Daily work with mail and files on the road",
            actors: ["employees"],
            satisfaction: 4,
            service: "smart-collaboration",
          },
          {
            name: "Calling the service desk about a blocked customer mail",
            actors: ["employees", "it-department"],
            satisfaction: 2,
            service: "service-desk",
          },
        ],
      },
      {
        stage: "realize",
        touchpoints: [
          {
            name: "Quarterly value review with usage and cost",
            actors: ["bu-sales", "workplace-service-owner"],
            satisfaction: 4,
          },
        ],
      },
    ],
  },
];

const costs: CostInput[] = [
  // Staffing: people, with yearly pay rises of 3%.
  staffing("messaging-team-salaries", "messaging-team", 3, 85_000),
  staffing("platform-team-salaries", "platform-team", 5, 88_000),
  staffing("network-team-salaries", "network-team", 4, 85_000),
  {
    id: "service-desk-salaries",
    of: "service-desk-team",
    name: "12 FTE",
    category: "staffing",
    amount: { low: 660000, high: 780000 },
    growth: 0.025,
  },
  {
    id: "product-management",
    of: "smart-collaboration",
    name: "Product manager (half time)",
    category: "staffing",
    amount: 50000,
  },
  // Other: training keeps the email threat skills current.
  {
    id: "threat-training",
    of: "email-security-skills",
    name: "Courses and certifications",
    category: "other",
    amount: 12000,
  },
  // Software: subscriptions and licences, some per month.
  {
    id: "mailbox-subscription",
    of: "cloud-mail-contract",
    name: "2,000 mailboxes at 6.50 a month",
    category: "software",
    amount: 13000,
    recurrence: "monthly",
    growth: 0.05,
  },
  {
    id: "file-platform-subscription",
    of: "file-platform",
    category: "software",
    amount: { low: 3500, mode: 4200, high: 5500 },
    recurrence: "monthly",
  },
  {
    id: "gateway-support",
    of: "secure-mail-gateway",
    name: "Gateway support and threat feeds",
    category: "software",
    amount: 14000,
  },
  { id: "sms-fax-licence", of: "sms-fax-server", category: "software", amount: 9000 },
  {
    id: "directory-licences",
    of: "directory",
    name: "2,000 identities at 3 a month",
    category: "software",
    amount: 6000,
    recurrence: "monthly",
  },
  { id: "itsm-licences", of: "itsm-tool", category: "software", amount: 60000, growth: 0.04 },
  { id: "endpoint-licences", of: "endpoint-suite", category: "software", amount: 8000, recurrence: "monthly" },
  // Hardware: capex when bought, opex when maintained.
  {
    id: "gateway-appliances",
    of: "secure-mail-gateway",
    name: "Two gateway appliances",
    category: "hardware",
    type: "capex",
    amount: 48000,
    recurrence: "once",
  },
  {
    id: "gateway-refresh",
    of: "secure-mail-gateway",
    name: "Appliance refresh",
    category: "hardware",
    type: "capex",
    amount: { low: 40000, high: 65000 },
    recurrence: "once",
    startYear: 4,
  },
  { id: "network-maintenance", of: "campus-network", category: "hardware", amount: 45000 },
  {
    id: "device-purchases",
    of: "device-fleet",
    name: "A quarter of the fleet renewed each year",
    category: "hardware",
    type: "capex",
    amount: { low: 520000, mode: 560000, high: 680000 },
  },
  { id: "fax-machine-maintenance", of: "legacy-fax-machines", category: "hardware", amount: 9000, endYear: 1 },
  // Telecom: the WAN contract is renegotiated in year 3, so one entry ends and another starts.
  {
    id: "wan-current",
    of: "wan-contract",
    name: "Current WAN contract",
    category: "telecom",
    amount: 22000,
    recurrence: "monthly",
    endYear: 2,
  },
  {
    id: "wan-renewed",
    of: "wan-contract",
    name: "Renewed WAN contract",
    category: "telecom",
    amount: { low: 15000, high: 21000 },
    recurrence: "monthly",
    startYear: 3,
  },
  {
    id: "sms-traffic",
    of: "sms-carrier-contract",
    name: "SMS and fax traffic",
    category: "telecom",
    amount: { low: 1500, high: 3500 },
    recurrence: "monthly",
    growth: -0.1,
  },
  // Facilities.
  {
    id: "comms-rooms",
    of: "campus-network",
    name: "Power and cooling of the comms rooms",
    category: "facilities",
    amount: 30000,
    growth: 0.02,
  },
  {
    id: "desk-office-space",
    of: "service-desk",
    name: "Office space of the service desk",
    category: "facilities",
    amount: 48000,
  },
  // Outside services.
  {
    id: "process-review",
    of: "incident-process",
    name: "External review of the incident process",
    category: "outside-services",
    amount: 25000,
    recurrence: "once",
  },
  {
    id: "jml-automation-support",
    of: "joiner-mover-leaver",
    name: "Contractor maintaining the joiner scripts",
    category: "outside-services",
    amount: { low: 15000, high: 30000 },
  },
  // Investment costs: kept apart from the running costs of the services.
  {
    of: "mfa-rollout",
    name: "Rollout project",
    category: "outside-services",
    type: "capex",
    amount: { low: 30000, high: 50000 },
    recurrence: "once",
  },
  {
    of: "mfa-rollout",
    name: "Hardware keys for administrators",
    category: "hardware",
    type: "capex",
    amount: 6000,
    recurrence: "once",
  },
  { of: "mfa-rollout", name: "MFA licences", category: "software", amount: 1500, recurrence: "monthly", startYear: 1 },
  {
    of: "mail-archive-migration",
    name: "Migration project",
    category: "outside-services",
    type: "capex",
    amount: { low: 150000, mode: 180000, high: 260000 },
    recurrence: "once",
  },
  { of: "mail-archive-migration", name: "Cloud archive licences", category: "software", amount: 30000, startYear: 1 },
  {
    of: "self-service-portal-build",
    name: "Portal build",
    category: "outside-services",
    type: "capex",
    amount: { low: 150000, high: 260000 },
    recurrence: "once",
  },
  {
    of: "self-service-portal-build",
    name: "Portal licences",
    category: "software",
    amount: 2500,
    recurrence: "monthly",
    startYear: 1,
  },
  {
    of: "network-upgrade",
    name: "New switches and wireless",
    category: "hardware",
    type: "capex",
    amount: { low: 180000, mode: 200000, high: 260000 },
    recurrence: "once",
  },
  {
    of: "network-upgrade",
    name: "Installation",
    category: "outside-services",
    type: "capex",
    amount: 25000,
    recurrence: "once",
  },
];

const benefits: BenefitInput[] = [
  {
    id: "time-saved-finding-files",
    of: "smart-collaboration",
    name: "Time no longer spent searching for and sending files",
    amount: { low: 400000, high: 900000 },
  },
  {
    id: "travel-avoided",
    of: "smart-collaboration",
    name: "Trips and meeting rooms replaced by online meetings",
    amount: { low: 1200000, high: 2000000 },
  },
  {
    id: "remote-work-attractiveness",
    of: "smart-collaboration",
    name: "Easier hiring thanks to flexible work",
    kind: "intangible",
    amount: { low: 50000, mode: 100000, high: 250000 },
  },
  {
    id: "fewer-device-failures",
    of: "workplace-device",
    name: "Hours not lost to slow or broken devices",
    amount: 300000,
    growth: 0.02,
  },
  {
    id: "productive-day-one",
    of: "onboard-employee",
    name: "250 hires a year productive two days sooner",
    amount: { low: 120000, mode: 160000, high: 200000 },
  },
  { of: "mfa-rollout", name: "Fewer password reset calls", amount: 20000, startYear: 1 },
  { of: "mfa-rollout", name: "Customers trust our mail", kind: "intangible", amount: 15000, startYear: 1 },
  { of: "mail-archive-migration", name: "Old archive servers switched off", amount: 78000, startYear: 1 },
  {
    of: "mail-archive-migration",
    name: "eDiscovery in hours instead of weeks",
    kind: "intangible",
    amount: 30000,
    startYear: 1,
  },
  {
    of: "self-service-portal-build",
    name: "Fewer calls to the service desk",
    amount: 125000,
    startYear: 1,
    growth: 0.05,
  },
  { of: "self-service-portal-build", name: "Help at any hour", kind: "intangible", amount: 20000, startYear: 1 },
  { of: "network-upgrade", name: "Lower maintenance of old switches", amount: 55000, startYear: 1 },
  { of: "network-upgrade", name: "Fast wireless in the plants", kind: "intangible", amount: 40000, startYear: 1 },
];

const risks: RiskInput[] = [
  {
    id: "phishing-compromise",
    name: "An account is taken over through phishing",
    affects: ["mail", "mail-security", "identity"],
    dimension: "information-and-technology",
    frequency: { low: 0.3, high: 3 },
    impact: { low: 20000, mode: 80000, high: 400000 },
  },
  {
    id: "cloud-mail-outage",
    name: "The cloud mail provider has a long outage",
    affects: ["mail", "smart-collaboration"],
    dimension: "partners-and-suppliers",
    frequency: 0.5,
    impact: { low: 20000, high: 250000 },
  },
  {
    id: "network-outage",
    name: "A plant loses its network for a shift",
    affects: ["network", "onboard-employee"],
    dimension: "information-and-technology",
    frequency: { low: 0.5, mode: 1, high: 3 },
    impact: { low: 10000, high: 200000 },
  },
  {
    id: "archive-legal-hold-failure",
    name: "Mail needed in a lawsuit cannot be found in time",
    affects: ["mail", "cfo-office"],
    dimension: "value-streams-and-processes",
    frequency: { low: 0.05, high: 0.4 },
    impact: { low: 100000, mode: 250000, high: 1500000 },
  },
  {
    id: "onboarding-delay",
    name: "A new hire waits days for access",
    affects: ["onboard-employee", "welcome-day-one"],
    dimension: "organizations-and-people",
    frequency: { low: 10, mode: 25, high: 60 },
    impact: 1600,
  },
];

// Sized so that a greedy pick under a budget goes wrong: see the NOTE in modern-workplace.yaml.
const investments: InvestmentInput[] = [
  {
    id: "mfa-rollout",
    name: "Multi-factor authentication for everyone",
    affects: ["identity", "mail"],
    reduces: [{ risk: "phishing-compromise", by: 0.7 }],
  },
  {
    id: "mail-archive-migration",
    name: "Move the mail archive to the cloud",
    affects: ["mail"],
    reduces: [{ risk: "archive-legal-hold-failure", by: 0.6, fromYear: 2 }],
  },
  {
    id: "self-service-portal-build",
    name: "Build the self-service portal",
    affects: ["self-service-portal", "service-desk", "fulfil-access-request"],
    reduces: [{ risk: "onboarding-delay", by: 0.3 }],
  },
  {
    id: "network-upgrade",
    name: "Upgrade switches and plant wireless",
    affects: ["network"],
    reduces: [{ risk: "network-outage", by: 0.5 }],
  },
];

/** The model as written: what `parseModel` (or a YAML file) takes. */
export const modernWorkplaceInput: ModelInput = {
  name: "Modern workplace",
  description:
    "Corporate IT of a manufacturer with 2,000 employees in four business units: the Smart Collaboration product (mail, file " +
    "sharing, mail security, SMS/fax) and the Workplace Device product, with the shared services behind them.",
  currency: "EUR",
  horizonYears: 5,
  discountRate: 0.08,
  stakeholders,
  resources,
  services,
  valueStreams,
  journeys,
  costs,
  benefits,
  risks,
  investments,
  lint: { rules: { "low-satisfaction": { level: "warning", options: { below: 3 } }, "unallocated-cost": "info" } },
  meta: {
    author: "Workplace Services",
    reviewed: "2026-03-01",
    sources: ["Headcount from HR, March 2026", "Contract register", "Finance cost centre report 2025"],
  },
};

/** The modern workplace model, parsed and frozen: equal to the one in `modern-workplace.yaml`. */
export const modernWorkplace: Model = parseModel(modernWorkplaceInput);
