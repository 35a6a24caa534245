/**
 * The hospital example built in code: the same model as `hospital.yaml`, as typed {@link ModelInput} pieces checked
 * by {@link parseModel}. It shows a helper that writes the repetitive parts (technical services owned by Hospital IT)
 * and a model assembled from named parts.
 *
 * Importing this module prints nothing; it exports the parsed, frozen model.
 * @example
 * import { hospital } from "./hospital.js";
 * hospital.valueStreams[0]?.steps.find((s) => s.id === "triage-referral")?.next // ["book-appointment", "advise-gp"]
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
  type ServiceRefInput,
  type StakeholderInput,
  type ValueStreamInput,
} from "../src/index.js";

/** A technical service run by Hospital IT, consuming `dependsOn`. */
function technical(id: string, name: string, dependsOn: ServiceRefInput[] = [], extra: Partial<ServiceInput> = {}): ServiceInput {
  return { id, name, owner: "hospital-it", dependsOn, ...extra };
}

// The board sponsors Patient Access and defines what it must do; the directorates define and pay for the clinical
// record; clinicians are users; patients are customers and users.
const stakeholders: StakeholderInput[] = [
  { id: "hospital-it", name: "Hospital IT", roles: ["provider"] },
  { id: "clinical-apps-owner", name: "Head of Clinical Applications", kind: "person", roles: ["provider"] },
  { id: "hospital-board", name: "Hospital board", roles: ["sponsor", "customer"] },
  { id: "directorate-medicine", name: "Medicine directorate", roles: ["customer", "sponsor"] },
  { id: "directorate-surgery", name: "Surgery directorate", roles: ["customer", "sponsor"] },
  { id: "directorate-women-children", name: "Women and children directorate", roles: ["customer", "sponsor"] },
  { id: "directorate-diagnostics", name: "Diagnostics directorate (radiology and laboratory)", roles: ["customer", "sponsor"] },
  { id: "clinicians", name: "Doctors, nurses and allied health professionals", kind: "team", roles: ["user"] },
  { id: "patients", name: "Patients", kind: "team", roles: ["customer", "user"], internal: false },
  {
    id: "general-practitioners",
    name: "Referring general practitioners",
    kind: "team",
    roles: ["customer"],
    internal: false,
  },
  { id: "ehr-vendor", name: "EHR vendor", roles: ["supplier"], internal: false },
  {
    id: "imaging-cloud-vendor",
    name: "Imaging cloud vendor",
    roles: ["supplier"],
    internal: false,
    description: "Runs the long-term image archive in its cloud, paid per study stored.",
  },
];

// The four dimensions of service management.
const resources: ResourceInput[] = [
  {
    id: "clinical-apps-team",
    name: "Clinical applications team",
    dimension: "organizations-and-people",
    kind: "team",
    supports: [{ service: "ehr", share: 6 }, { service: "lab-system", share: 2 }, { service: "pacs", share: 2 }],
  },
  {
    id: "integration-team",
    name: "Integration team",
    dimension: "organizations-and-people",
    kind: "team",
    supports: ["integration-engine"],
  },
  {
    id: "infrastructure-team",
    name: "Infrastructure team",
    dimension: "organizations-and-people",
    kind: "team",
    supports: ["hosting", "network", "identity"],
  },
  {
    id: "digital-patient-team",
    name: "Digital patient team",
    dimension: "organizations-and-people",
    kind: "team",
    supports: ["patient-portal", "scheduling"],
  },
  {
    id: "it-service-desk-team",
    name: "IT service desk (24/7)",
    dimension: "organizations-and-people",
    kind: "team",
    supports: ["service-desk"],
  },
  {
    id: "clinical-informatics",
    name: "Clinical informatics and safety skills",
    dimension: "organizations-and-people",
    kind: "skill",
    supports: ["ehr"],
  },
  {
    id: "ehr-application",
    name: "EHR application",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["ehr"],
  },
  {
    id: "pacs-application",
    name: "PACS viewer and workflow",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["pacs"],
  },
  {
    id: "lis-application",
    name: "Laboratory information system",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["lab-system"],
  },
  {
    id: "scheduling-application",
    name: "Scheduling application",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["scheduling"],
  },
  {
    id: "portal-application",
    name: "Patient portal and app",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["patient-portal"],
  },
  {
    id: "integration-platform",
    name: "Integration engine platform",
    dimension: "information-and-technology",
    kind: "platform",
    supports: ["integration-engine"],
  },
  {
    id: "data-centre",
    name: "Virtualisation cluster and storage",
    dimension: "information-and-technology",
    kind: "platform",
    supports: ["hosting"],
  },
  {
    id: "network-equipment",
    name: "Hospital network and Wi-Fi",
    dimension: "information-and-technology",
    kind: "platform",
    supports: ["network"],
  },
  {
    id: "sso-application",
    name: "Clinical single sign-on (badge tap)",
    dimension: "information-and-technology",
    kind: "application",
    supports: ["identity"],
  },
  {
    id: "ehr-licence",
    name: "EHR licence and support contract",
    dimension: "partners-and-suppliers",
    kind: "contract",
    supports: ["ehr"],
  },
  {
    id: "image-archive-contract",
    name: "Cloud image archive contract",
    dimension: "partners-and-suppliers",
    kind: "contract",
    supports: ["cloud-image-archive"],
  },
  {
    id: "carrier-contract",
    name: "Network carrier contract",
    dimension: "partners-and-suppliers",
    kind: "contract",
    supports: ["network"],
  },
  {
    id: "referral-triage-process",
    name: "Referral triage process",
    dimension: "value-streams-and-processes",
    kind: "process",
    supports: ["scheduling"],
  },
  {
    id: "clinical-safety-process",
    name: "Clinical safety case process",
    dimension: "value-streams-and-processes",
    kind: "process",
    supports: ["ehr", "integration-engine"],
  },
];

// The two products the hospital sees.
const businessServices: ServiceInput[] = [
  {
    id: "clinical-record",
    name: "Clinical Record",
    kind: "business",
    owner: "clinical-apps-owner",
    description: "The record, images and lab results of every patient in one place, for everyone who treats them.",
    bundles: ["ehr", "pacs", "lab-system"],
    dependsOn: ["integration-engine", "identity", "network", "service-desk"],
    consumers: [
      {
        stakeholder: "directorate-medicine",
        share: 1400,
        costsRemoved: { low: 150000, high: 400000 },
        costsImposed: 60000,
      },
      {
        stakeholder: "directorate-surgery",
        share: 1100,
        costsRemoved: { low: 100000, high: 300000 },
        costsImposed: 45000,
      },
      {
        stakeholder: "directorate-women-children",
        share: 600,
        costsRemoved: { low: 50000, mode: 90000, high: 160000 },
        costsImposed: 25000,
      },
      {
        stakeholder: "directorate-diagnostics",
        share: 500,
        costsRemoved: 120000,
        costsImposed: { low: 20000, high: 50000 },
      },
    ],
    offerings: [
      {
        id: "clinician-workspace",
        name: "Clinician workspace",
        goods: ["Badge for single sign-on"],
        access: ["Patient record", "Images and reports", "Lab results", "Order entry"],
        actions: ["Account ready on the first shift", "Training on the ward", "Help around the clock"],
      },
    ],
    agreement: {
      outcome: "clinicians have a complete, current picture of every patient wherever they treat them",
      targets: [
        { metric: "Validated lab results visible in the record", target: 15, unit: "minutes", direction: "at-most" },
        { metric: "Images available to the reporting radiologist", target: 5, unit: "minutes", direction: "at-most" },
        { metric: "Clinicians logged in by a badge tap within 10 seconds", target: 95, unit: "%" },
        { metric: "Record available", target: 99.95, unit: "%" },
      ],
    },
  },
  {
    id: "patient-access",
    name: "Patient Access",
    kind: "business",
    owner: "clinical-apps-owner",
    description: "Patients see, book and change their appointments and read their results and letters online.",
    bundles: ["patient-portal", "scheduling"],
    dependsOn: ["integration-engine", "identity", "service-desk"],
    consumers: [{ stakeholder: "hospital-board", costsRemoved: { low: 250000, high: 500000 } }],
    offerings: [
      {
        id: "patient-app",
        name: "Patient app and portal",
        access: ["Appointments", "Results and letters", "Messages to the clinic"],
        actions: ["Booking and rebooking", "Reminders by SMS", "Help with logging in"],
        price: 0,
      },
    ],
    agreement: {
      outcome: "patients know when to come, what to bring, and what their results mean",
      targets: [
        { metric: "Patients who booked or changed an appointment without calling", target: 60, unit: "%" },
        {
          metric: "Results released to the portal after the clinician signs",
          target: 48,
          unit: "hours",
          direction: "at-most",
        },
        { metric: "Missed appointments", target: 6, unit: "%", direction: "at-most" },
      ],
    },
  },
];

// The technical services behind them.
const technicalServices: ServiceInput[] = [
  technical("ehr", "Electronic health record", ["hosting", { service: "integration-engine", share: 0.5 }], { supplier: "ehr-vendor" }),
  technical("pacs", "Picture archiving and communication", ["hosting", "cloud-image-archive", "integration-engine"]),
  // Run by a supplier in its cloud; Hospital IT owns the service towards the directorates.
  technical("cloud-image-archive", "Cloud image archive", ["network"], { supplier: "imaging-cloud-vendor" }),
  technical("lab-system", "Laboratory system", ["hosting", "integration-engine"]),
  technical("scheduling", "Scheduling", ["hosting", "integration-engine"]),
  technical("patient-portal", "Patient portal", ["scheduling", "integration-engine", "identity"]),
  // NOTE: the EHR and the integration engine consume each other; both products consume them, so cost leaves the cycle.
  technical("integration-engine", "Integration engine", [{ service: "ehr", share: 0.2 }, "hosting"]),
  technical("identity", "Identity and single sign-on", ["hosting"]),
  technical("hosting", "Hosting", ["network"]),
  technical("network", "Network"),
  technical("service-desk", "IT service desk", ["network"]),
  technical("referral-gateway", "Electronic referral gateway (old)", [], {
    lifecycle: "retired",
    description: "Replaced by referrals through the integration engine; kept in the model for its history.",
  }),
];

// The outpatient stream branches at triage (`next`); the change stream runs in order.
const valueStreams: ValueStreamInput[] = [
  {
    id: "outpatient-appointment",
    name: "Outpatient appointment",
    consumer: "patients",
    trigger: "a GP refers a patient",
    outcome: "the patient is treated and informed of the results",
    steps: [
      {
        id: "receive-referral",
        name: "Receive the referral",
        activity: "engage",
        practices: ["service-request-management"],
        services: ["integration-engine", "ehr"],
        processTime: "10m",
        waitTime: "1d",
        pctCompleteAccurate: 0.85,
        next: ["triage-referral"],
      },
      {
        id: "triage-referral",
        name: "A consultant triages the referral",
        activity: "plan",
        practices: ["business-analysis"],
        services: ["clinical-record"],
        performer: "clinicians",
        processTime: "15m",
        waitTime: "5d",
        pctCompleteAccurate: 0.9,
        next: ["book-appointment", "advise-gp"],
      },
      {
        id: "advise-gp",
        name: "Advise the GP instead of an appointment",
        activity: "engage",
        practices: ["relationship-management"],
        services: ["clinical-record"],
        performer: "clinicians",
        processTime: "20m",
        waitTime: "1d",
        next: ["inform-patient"],
      },
      {
        id: "book-appointment",
        name: "Book the appointment",
        activity: "engage",
        practices: ["service-request-management"],
        services: ["scheduling", "patient-portal"],
        performer: "referral-triage-process",
        processTime: "10m",
        waitTime: "3w",
        pctCompleteAccurate: 0.8,
        next: ["pre-visit-tests"],
      },
      {
        id: "pre-visit-tests",
        name: "Blood tests and imaging before the visit",
        activity: "deliver-and-support",
        practices: ["service-request-management"],
        services: ["lab-system", "pacs"],
        processTime: "1h",
        waitTime: "1w",
        pctCompleteAccurate: 0.95,
        next: ["consultation"],
      },
      {
        id: "consultation",
        name: "Consultation and treatment",
        activity: "deliver-and-support",
        // Clinical work: no IT management practice applies.
        services: ["clinical-record"],
        performer: "clinicians",
        processTime: "30m",
        waitTime: "2h",
        next: ["inform-patient"],
      },
      {
        id: "inform-patient",
        name: "Inform the patient and the GP",
        activity: "engage",
        practices: ["relationship-management", "knowledge-management"],
        services: ["patient-portal", "integration-engine"],
        processTime: "15m",
        waitTime: "3d",
        pctCompleteAccurate: 0.9,
        next: [],
      },
    ],
  },
  {
    id: "release-ehr-change",
    name: "Change a clinical form in the EHR",
    consumer: "directorate-medicine",
    trigger: "clinicians ask for a change to a clinical form",
    outcome: "the changed form is in safe use on every ward",
    steps: [
      {
        id: "capture-request",
        name: "Understand the request",
        activity: "engage",
        practices: ["business-analysis", "relationship-management"],
        services: ["service-desk"],
        processTime: "2h",
        waitTime: "1w",
        pctCompleteAccurate: 0.7,
      },
      {
        id: "assess-clinical-safety",
        name: "Assess clinical safety",
        activity: "plan",
        practices: ["risk-management"],
        performer: "clinical-informatics",
        processTime: "3h",
        waitTime: "1w",
      },
      {
        id: "build-form",
        name: "Build the form",
        activity: "obtain-build",
        practices: ["software-development-and-management"],
        services: ["ehr"],
        performer: "clinical-apps-team",
        processTime: "1d",
        waitTime: "2w",
        pctCompleteAccurate: 0.9,
      },
      {
        id: "test-form",
        name: "Test with clinicians",
        activity: "design-and-transition",
        practices: ["service-validation-and-testing"],
        services: ["ehr"],
        performer: "clinicians",
        processTime: "4h",
        waitTime: "1w",
        pctCompleteAccurate: 0.85,
      },
      {
        id: "approve-release",
        name: "Approve the release",
        activity: "design-and-transition",
        practices: ["change-enablement", "release-management"],
        processTime: "30m",
        waitTime: "4d",
      },
      {
        id: "deploy-form",
        name: "Deploy out of hours",
        activity: "deliver-and-support",
        practices: ["deployment-management"],
        services: ["ehr"],
        performer: "clinical-apps-team",
        processTime: "1h",
        waitTime: "2d",
      },
      {
        id: "review-adoption",
        name: "Review use on the wards after a month",
        activity: "improve",
        practices: ["continual-improvement", "measurement-and-reporting"],
        processTime: "2h",
        waitTime: "4w",
      },
    ],
  },
];

const journeys: JourneyInput[] = [
  {
    id: "patient-outpatient-journey",
    name: "A patient's outpatient visit",
    stakeholder: "patients",
    stages: [
      {
        stage: "explore",
        touchpoints: [{ name: "Reads about the clinic on the hospital website", actors: ["patients"], satisfaction: 3 }],
      },
      {
        stage: "engage",
        touchpoints: [{ name: "The GP explains the referral", actors: ["patients", "general-practitioners"], satisfaction: 4 }],
      },
      {
        stage: "offer",
        touchpoints: [
          {
            name: "Appointment options shown in the app",
            actors: ["patients"],
            satisfaction: 4,
            service: "patient-access",
          },
        ],
      },
      {
        stage: "agree",
        touchpoints: [{ name: "Confirms a date in the app", actors: ["patients"], satisfaction: 4.5, service: "scheduling" }],
      },
      {
        stage: "onboard",
        touchpoints: [
          {
            name: "Proves identity to activate the app",
            actors: ["patients", "hospital-it"],
            satisfaction: 2,
            service: "patient-portal",
          },
        ],
      },
      {
        stage: "co-create",
        touchpoints: [
          { name: "Waits in clinic past the appointment time", actors: ["patients", "clinicians"], satisfaction: 2.5 },
          { name: "Blood test", actors: ["patients", "clinicians"], satisfaction: 4, service: "lab-system" },
          { name: "Consultation", actors: ["patients", "clinicians"], satisfaction: 4.5, service: "clinical-record" },
        ],
      },
      {
        stage: "realize",
        touchpoints: [
          { name: "Results explained in the app", actors: ["patients"], satisfaction: 4.5, service: "patient-portal" },
          {
            name: "Paper letter arrives two weeks later",
            actors: ["patients", "general-practitioners"],
            satisfaction: 1.5,
          },
        ],
      },
    ],
  },
];

const costs: CostInput[] = [
  {
    id: "clinical-apps-salaries",
    of: "clinical-apps-team",
    name: "10 FTE",
    category: "staffing",
    amount: 820000,
    growth: 0.03,
  },
  {
    id: "integration-salaries",
    of: "integration-team",
    name: "4 FTE",
    category: "staffing",
    amount: 340000,
    growth: 0.03,
  },
  {
    id: "infrastructure-salaries",
    of: "infrastructure-team",
    name: "8 FTE",
    category: "staffing",
    amount: 640000,
    growth: 0.03,
  },
  {
    id: "digital-patient-salaries",
    of: "digital-patient-team",
    name: "3 FTE",
    category: "staffing",
    amount: { low: 220000, high: 280000 },
    growth: 0.03,
  },
  {
    id: "service-desk-salaries",
    of: "it-service-desk-team",
    name: "14 FTE on shifts",
    category: "staffing",
    amount: 780000,
    growth: 0.025,
  },
  {
    id: "chief-clinical-information-officer",
    of: "clinical-record",
    name: "Chief clinical information officer (half time)",
    category: "staffing",
    amount: 80000,
  },
  { id: "safety-officer-training", of: "clinical-informatics", category: "other", amount: 10000 },
  {
    id: "ehr-licence-fee",
    of: "ehr-licence",
    name: "EHR licence and support",
    category: "software",
    amount: { low: 1100000, mode: 1200000, high: 1400000 },
    growth: 0.04,
  },
  { id: "pacs-licence-fee", of: "pacs-application", category: "software", amount: 180000 },
  { id: "lis-licence-fee", of: "lis-application", category: "software", amount: 140000 },
  {
    id: "scheduling-licence-fee",
    of: "scheduling-application",
    category: "software",
    amount: 6500,
    recurrence: "monthly",
  },
  {
    id: "portal-subscription",
    of: "portal-application",
    category: "software",
    amount: { low: 6000, high: 9000 },
    recurrence: "monthly",
    growth: 0.05,
  },
  { id: "integration-licence-fee", of: "integration-platform", category: "software", amount: 95000 },
  { id: "sso-licence-fee", of: "sso-application", category: "software", amount: 70000 },
  {
    id: "image-archive-fees",
    of: "image-archive-contract",
    name: "400,000 studies a year",
    category: "outside-services",
    amount: { low: 14000, high: 22000 },
    recurrence: "monthly",
    growth: 0.06,
  },
  {
    id: "ehr-upgrade-consultants",
    of: "ehr-application",
    name: "Major upgrade support",
    category: "outside-services",
    amount: 150000,
    recurrence: "once",
    startYear: 3,
  },
  {
    id: "cluster-refresh",
    of: "data-centre",
    name: "Cluster and storage refresh",
    category: "hardware",
    type: "capex",
    amount: { low: 700000, mode: 850000, high: 1200000 },
    recurrence: "once",
    startYear: 2,
  },
  { id: "cluster-maintenance", of: "data-centre", category: "hardware", amount: 90000, endYear: 1 },
  {
    id: "wifi-access-points",
    of: "network-equipment",
    name: "Wi-Fi access points for the new wing",
    category: "hardware",
    type: "capex",
    amount: 180000,
    recurrence: "once",
    startYear: 1,
  },
  { id: "network-maintenance", of: "network-equipment", category: "hardware", amount: 110000 },
  {
    id: "data-centre-power",
    of: "data-centre",
    name: "Power and cooling",
    category: "facilities",
    amount: { low: 120000, high: 180000 },
    growth: 0.03,
  },
  {
    id: "carrier-lines",
    of: "carrier-contract",
    name: "Lines to the satellite clinics",
    category: "telecom",
    amount: 9500,
    recurrence: "monthly",
  },
  {
    of: "immutable-backups",
    name: "Backup appliances",
    category: "hardware",
    type: "capex",
    amount: { low: 300000, high: 450000 },
    recurrence: "once",
  },
  { of: "immutable-backups", name: "Backup software", category: "software", amount: 45000, startYear: 1 },
  {
    of: "ehr-high-availability",
    name: "Second-site cluster",
    category: "hardware",
    type: "capex",
    amount: { low: 500000, mode: 600000, high: 900000 },
    recurrence: "once",
    startYear: 1,
  },
  {
    of: "ehr-high-availability",
    name: "Extra EHR licences for the second site",
    category: "software",
    amount: 80000,
    startYear: 2,
  },
  {
    of: "portal-self-booking",
    name: "Self-booking module",
    category: "software",
    type: "capex",
    amount: 220000,
    recurrence: "once",
  },
  {
    of: "portal-self-booking",
    name: "Rollout to 40 clinics",
    category: "outside-services",
    type: "capex",
    amount: { low: 80000, high: 160000 },
    recurrence: "once",
  },
  {
    of: "network-segmentation",
    name: "Firewalls and segmentation project",
    category: "outside-services",
    type: "capex",
    amount: { low: 200000, mode: 260000, high: 400000 },
    recurrence: "once",
  },
  { of: "network-segmentation", name: "Firewall support", category: "software", amount: 30000, startYear: 1 },
  {
    of: "integration-engine-upgrade",
    name: "Upgrade project",
    category: "outside-services",
    type: "capex",
    amount: 140000,
    recurrence: "once",
  },
];

const benefits: BenefitInput[] = [
  {
    id: "clinician-time-saved",
    of: "clinical-record",
    name: "Clinician time not spent chasing results",
    amount: { low: 1500000, high: 3000000 },
  },
  {
    id: "safer-prescribing",
    of: "clinical-record",
    name: "Fewer medication errors",
    kind: "intangible",
    amount: { low: 200000, mode: 400000, high: 900000 },
  },
  {
    id: "fewer-phone-bookings",
    of: "patient-access",
    name: "Fewer calls to the booking centre",
    amount: 260000,
    growth: 0.05,
  },
  {
    id: "patients-informed-sooner",
    of: "patient-access",
    name: "Patients informed sooner",
    kind: "intangible",
    amount: 150000,
  },
  {
    id: "fewer-repeat-tests",
    of: "outpatient-appointment",
    name: "Tests not repeated because results are at hand",
    amount: { low: 150000, high: 350000 },
  },
  {
    of: "portal-self-booking",
    name: "Fewer missed appointments",
    amount: { low: 300000, mode: 450000, high: 700000 },
    startYear: 1,
    growth: 0.02,
  },
  {
    of: "portal-self-booking",
    name: "Patients choose their own time",
    kind: "intangible",
    amount: 100000,
    startYear: 1,
  },
  { of: "integration-engine-upgrade", name: "Old engine support contract ended", amount: 40000, startYear: 1 },
  {
    of: "ehr-high-availability",
    name: "Clinicians trust the record to be there",
    kind: "intangible",
    amount: 120000,
    startYear: 2,
  },
];

const risks: RiskInput[] = [
  {
    id: "ransomware",
    name: "Ransomware encrypts clinical systems",
    affects: ["ehr", "pacs", "integration-engine", "hosting", "outpatient-appointment"],
    dimension: "information-and-technology",
    frequency: { low: 0.02, high: 0.2 },
    impact: { low: 2000000, mode: 6000000, high: 25000000 },
  },
  {
    id: "ehr-outage",
    name: "The EHR is down for hours",
    affects: ["ehr", "clinical-record", "outpatient-appointment"],
    dimension: "information-and-technology",
    frequency: { low: 1, mode: 2, high: 6 },
    impact: { low: 30000, high: 400000 },
  },
  {
    id: "image-archive-outage",
    name: "The supplier's image archive is unreachable",
    affects: ["cloud-image-archive", "pacs"],
    dimension: "partners-and-suppliers",
    frequency: 0.5,
    impact: { low: 20000, high: 300000 },
  },
  {
    id: "portal-data-breach",
    name: "Patient data leaks through the portal",
    affects: ["patient-portal", "patients"],
    dimension: "information-and-technology",
    frequency: { low: 0.05, high: 0.5 },
    impact: { low: 200000, mode: 500000, high: 3000000 },
  },
  {
    id: "lost-referrals",
    name: "A referral is lost between systems",
    affects: ["integration-engine", "receive-referral"],
    dimension: "value-streams-and-processes",
    frequency: { low: 2, high: 12 },
    impact: 25000,
  },
];

const investments: InvestmentInput[] = [
  {
    id: "immutable-backups",
    name: "Immutable backups of clinical systems",
    affects: ["hosting", "ehr", "pacs"],
    reduces: [{ risk: "ransomware", by: 0.5 }],
  },
  {
    id: "ehr-high-availability",
    name: "Run the EHR on two sites",
    affects: ["ehr", "clinical-record"],
    reduces: [{ risk: "ehr-outage", by: 0.7, fromYear: 2 }],
  },
  {
    id: "portal-self-booking",
    name: "Self-booking in the patient app",
    affects: ["patient-portal", "scheduling", "book-appointment"],
  },
  {
    id: "network-segmentation",
    name: "Segment the clinical network",
    affects: ["network"],
    reduces: [{ risk: "ransomware", by: 0.3 }, { risk: "portal-data-breach", by: 0.2 }],
  },
  {
    id: "integration-engine-upgrade",
    name: "Upgrade the integration engine",
    affects: ["integration-engine", "receive-referral"],
    reduces: [{ risk: "lost-referrals", by: 0.8 }],
  },
];

/** The model as written: what `parseModel` (or a YAML file) takes. */
export const hospitalInput: ModelInput = {
  name: "City hospital digital services",
  description:
    "Hospital IT provides the clinical record (EHR, imaging, lab results in one place) to the clinical directorates and " +
    "patient access (portal and scheduling) to patients, on an integration engine, hosting, network and a service desk " +
    "of its own and an image archive run by a supplier in its cloud.",
  currency: "EUR",
  // A public hospital looks further ahead and discounts less than a company.
  horizonYears: 7,
  discountRate: 0.04,
  stakeholders,
  resources,
  services: [...businessServices, ...technicalServices],
  valueStreams,
  journeys,
  costs,
  benefits,
  risks,
  investments,
  lint: { rules: { "low-satisfaction": "warning" } },
  meta: { author: "Hospital IT, portfolio office", beds: 850, outpatientAppointmentsPerYear: 320_000 },
};

/** The hospital model, parsed and frozen: equal to the one in `hospital.yaml`. */
export const hospital: Model = parseModel(hospitalInput);
