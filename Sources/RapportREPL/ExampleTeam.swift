// Generated from Examples/northwind-team.json by ExampleTeamTests (RAPPORT_UPDATE_GOLDENS=1 swift test).
// Do not edit: edit the example and regenerate.

/// The bundled example team, opened by `rapport repl` without arguments.
public enum ExampleTeam {
    /// The path it is shown under.
    public static let path = "Examples/northwind-team.json"

    /// The portfolio's JSON text.
    public static let json = ##"""
{
  "format": "rapport-portfolio/1",
  "as_of": "2026-11-27",
  "currency": "EUR",
  "fiscal_year_start": 1,
  "team": {
    "name": "Northwind EMEA Mid-Market",
    "manager": "Maria Lopez"
  },
  "reps": [
    {
      "id": "r-01",
      "name": "Dave Carter",
      "email": "dave.carter@northwind-sales.example",
      "region": "North",
      "quota": 320000,
      "hired": "2019-02-11"
    },
    {
      "id": "r-02",
      "name": "Ana Ruiz",
      "email": "ana.ruiz@northwind-sales.example",
      "region": "South",
      "quota": 300000,
      "hired": "2017-09-04"
    },
    {
      "id": "r-03",
      "name": "Tom Becker",
      "email": "tom.becker@northwind-sales.example",
      "region": "Central",
      "quota": 280000,
      "hired": "2020-05-18"
    },
    {
      "id": "r-04",
      "name": "Lena Novak",
      "email": "lena.novak@northwind-sales.example",
      "region": "East",
      "quota": 180000,
      "hired": "2026-03-02"
    },
    {
      "id": "r-05",
      "name": "Marco Rossi",
      "email": "marco.rossi@northwind-sales.example",
      "region": "South",
      "quota": 260000,
      "hired": "2021-01-25"
    },
    {
      "id": "r-06",
      "name": "Sofia Jansen",
      "email": "sofia.jansen@northwind-sales.example",
      "region": "West",
      "quota": 270000,
      "hired": "2018-11-12"
    },
    {
      "id": "r-07",
      "name": "Jonas Berg",
      "email": "jonas.berg@northwind-sales.example",
      "region": "North",
      "quota": 350000,
      "hired": "2022-06-07"
    },
    {
      "id": "r-08",
      "name": "Claire Dubois",
      "email": "claire.dubois@northwind-sales.example",
      "region": "West",
      "quota": 260000,
      "hired": "2016-04-19"
    }
  ],
  "accounts": [
    {
      "id": "a-001",
      "name": "Brenner Maschinenbau GmbH",
      "owner": "r-01",
      "industry": "Manufacturing",
      "tier": "key",
      "since": "2023-02-25",
      "employees": 3052,
      "potential": 389000,
      "revenue": [
        {"period": "2024-Q4", "amount": 91460},
        {"period": "2025-Q1", "amount": 85400},
        {"period": "2025-Q2", "amount": 76620},
        {"period": "2025-Q3", "amount": 69720},
        {"period": "2025-Q4", "amount": 63130},
        {"period": "2026-Q1", "amount": 61310},
        {"period": "2026-Q2", "amount": 59440},
        {"period": "2026-Q3", "amount": 56920}
      ],
      "contacts": [
        {"id": "c-0001", "name": "Carlos Ortega", "title": "Managing Director", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-15"},
        {"id": "c-0002", "name": "Inga Lund", "title": "Purchasing Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-11-09"},
        {"id": "c-0003", "name": "Dirk Krüger", "title": "IT Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-06-02"},
        {"id": "c-0004", "name": "Jan Sousa", "title": "Analyst", "department": "Procurement", "level": "staff", "role": "influencer", "last_contact": "2026-07-11"},
        {"id": "c-0005", "name": "Carlos Gallo", "title": "Plant Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-10-10"},
        {"id": "c-0006", "name": "Zoltan Quinn", "title": "Plant Manager", "department": "Procurement", "level": "manager", "role": "user", "last_contact": "2026-07-15"},
        {"id": "c-0007", "name": "Igor Ferrari", "title": "Process Engineer", "department": "Procurement", "level": "staff", "role": "influencer", "last_contact": "2026-06-05"}
      ],
      "activities": [
        {"id": "x-00001", "date": "2025-06-19", "kind": "social", "contacts": ["c-0005"], "summary": "Dinner after the site visit"},
        {"id": "x-00002", "date": "2025-07-16", "kind": "call", "contacts": ["c-0003"], "summary": "Call about next year's volumes"},
        {"id": "x-00003", "date": "2025-08-06", "kind": "qbr", "contacts": ["c-0002"], "summary": "Quarterly business review"},
        {"id": "x-00004", "date": "2025-08-06", "kind": "proposal", "contacts": ["c-0007"], "summary": "Sent revised quote"},
        {"id": "x-00005", "date": "2025-08-27", "kind": "proposal", "contacts": ["c-0002"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00006", "date": "2025-09-27", "kind": "call", "contacts": ["c-0007"], "summary": "Quick status call"},
        {"id": "x-00007", "date": "2025-10-12", "kind": "email", "contacts": ["c-0007"], "summary": "Shared a case study"},
        {"id": "x-00008", "date": "2025-11-20", "kind": "social", "contacts": ["c-0007"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00009", "date": "2025-12-23", "kind": "proposal", "contacts": ["c-0005"], "summary": "Sent revised quote"},
        {"id": "x-00010", "date": "2026-01-25", "kind": "proposal", "contacts": ["c-0001"], "summary": "Sent proposal"},
        {"id": "x-00011", "date": "2026-01-28", "kind": "meeting", "contacts": ["c-0002"], "summary": "Account review at their office"},
        {"id": "x-00012", "date": "2026-01-28", "kind": "proposal", "contacts": ["c-0004"], "summary": "Sent proposal"},
        {"id": "x-00013", "date": "2026-02-07", "kind": "meeting", "contacts": ["c-0005"], "summary": "Site visit with the plant manager"},
        {"id": "x-00014", "date": "2026-02-19", "kind": "call", "contacts": ["c-0007"], "summary": "Quick status call"},
        {"id": "x-00015", "date": "2026-03-13", "kind": "proposal", "contacts": ["c-0001"], "summary": "Sent proposal"},
        {"id": "x-00016", "date": "2026-04-09", "kind": "proposal", "contacts": ["c-0005"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00017", "date": "2026-04-14", "kind": "social", "contacts": ["c-0006"], "summary": "Dinner after the site visit"},
        {"id": "x-00018", "date": "2026-05-27", "kind": "meeting", "contacts": ["c-0004"], "summary": "Site visit with the plant manager"},
        {"id": "x-00019", "date": "2026-06-10", "kind": "qbr", "contacts": ["c-0006"], "summary": "QBR with their leadership team"},
        {"id": "x-00020", "date": "2026-07-01", "kind": "email", "contacts": ["c-0005"], "summary": "Sent the order confirmation"},
        {"id": "x-00021", "date": "2026-08-17", "kind": "email", "contacts": ["c-0001"], "summary": "Shared a case study"},
        {"id": "x-00022", "date": "2026-08-24", "kind": "proposal", "contacts": ["c-0007"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00023", "date": "2026-09-04", "kind": "proposal", "contacts": ["c-0005"], "summary": "Sent proposal"},
        {"id": "x-00024", "date": "2026-09-07", "kind": "email", "contacts": ["c-0002"], "summary": "Shared a case study"},
        {"id": "x-00025", "date": "2026-10-05", "kind": "proposal", "contacts": ["c-0002"], "summary": "Sent proposal"}
      ],
      "opportunities": [
        {"id": "o-0001", "name": "Service level upgrade", "kind": "renewal", "stage": "qualification", "stage_since": "2026-11-01", "amount": 77000, "slips": 0, "contacts": ["c-0001"], "created": "2026-08-25", "close_date": "2027-03-13"},
        {"id": "o-0002", "name": "Line retrofit", "kind": "new_business", "stage": "negotiation", "stage_since": "2026-11-04", "amount": 38000, "slips": 0, "contacts": ["c-0001"], "created": "2026-07-08", "close_date": "2027-02-06", "proposal": {"sent": "2026-11-15", "co_created": false}}
      ]
    },
    {
      "id": "a-002",
      "name": "Castell Foods SA",
      "owner": "r-01",
      "industry": "Food & Beverage",
      "tier": "key",
      "since": "2020-09-14",
      "employees": 4038,
      "potential": 516000,
      "revenue": [
        {"period": "2024-Q4", "amount": 120910},
        {"period": "2025-Q1", "amount": 117860},
        {"period": "2025-Q2", "amount": 112510},
        {"period": "2025-Q3", "amount": 102290},
        {"period": "2025-Q4", "amount": 97770},
        {"period": "2026-Q1", "amount": 90050},
        {"period": "2026-Q2", "amount": 79910},
        {"period": "2026-Q3", "amount": 77120}
      ],
      "contacts": [
        {"id": "c-0008", "name": "Agnes Varga", "title": "COO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-05-25"},
        {"id": "c-0009", "name": "Jan Teixeira", "title": "Purchasing Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-07-17"},
        {"id": "c-0010", "name": "Marta Hartmann", "title": "Purchasing Manager", "department": "Procurement", "level": "manager", "role": "user", "last_contact": "2026-07-31"},
        {"id": "c-0011", "name": "Zoltan Moretti", "title": "Process Engineer", "department": "Procurement", "level": "staff", "last_contact": "2026-10-17"}
      ],
      "activities": [
        {"id": "x-00026", "date": "2025-06-26", "kind": "proposal", "contacts": ["c-0011"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00027", "date": "2025-07-08", "kind": "demo", "contacts": ["c-0009"], "summary": "Demo for the engineering team"},
        {"id": "x-00028", "date": "2025-07-28", "kind": "proposal", "contacts": ["c-0010"], "summary": "Sent proposal"},
        {"id": "x-00029", "date": "2025-08-03", "kind": "proposal", "contacts": ["c-0011"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00030", "date": "2025-10-10", "kind": "meeting", "contacts": ["c-0008"], "summary": "Account review at their office"},
        {"id": "x-00031", "date": "2025-10-12", "kind": "meeting", "contacts": ["c-0009"], "summary": "Lunch with the sponsor"},
        {"id": "x-00032", "date": "2025-10-21", "kind": "social", "contacts": ["c-0008"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00033", "date": "2026-02-19", "kind": "workshop", "contacts": ["c-0011"], "summary": "Planning workshop on next year"},
        {"id": "x-00034", "date": "2026-02-25", "kind": "email", "contacts": ["c-0011"], "summary": "Sent the price list"},
        {"id": "x-00035", "date": "2026-03-03", "kind": "proposal", "contacts": ["c-0010"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00036", "date": "2026-03-30", "kind": "proposal", "contacts": ["c-0009"], "summary": "Sent revised quote"},
        {"id": "x-00037", "date": "2026-05-26", "kind": "social", "contacts": ["c-0008"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00038", "date": "2026-07-01", "kind": "qbr", "contacts": ["c-0010"], "summary": "QBR with their leadership team"},
        {"id": "x-00039", "date": "2026-08-24", "kind": "call", "contacts": ["c-0011"], "summary": "Call about the delivery delay"},
        {"id": "x-00040", "date": "2026-10-15", "kind": "email", "contacts": ["c-0009"], "summary": "Sent the order confirmation"}
      ],
      "opportunities": [
        {"id": "o-0003", "name": "Framework agreement 2027", "kind": "new_business", "stage": "negotiation", "stage_since": "2026-10-30", "amount": 51000, "slips": 1, "contacts": ["c-0008"], "created": "2026-04-30", "close_date": "2027-02-03", "proposal": {"sent": "2026-10-09", "co_created": false}},
        {"id": "o-0004", "name": "Renewal 2027", "kind": "expansion", "stage": "qualification", "stage_since": "2026-10-12", "amount": 63000, "slips": 0, "contacts": ["c-0008"], "created": "2026-07-04", "close_date": "2027-01-19"}
      ]
    },
    {
      "id": "a-003",
      "name": "Hollis Freight Ltd",
      "owner": "r-01",
      "industry": "Logistics",
      "tier": "growth",
      "since": "2022-02-12",
      "employees": 1321,
      "potential": 167000,
      "revenue": [
        {"period": "2024-Q4", "amount": 42680},
        {"period": "2025-Q1", "amount": 41280},
        {"period": "2025-Q2", "amount": 39810},
        {"period": "2025-Q3", "amount": 38320},
        {"period": "2025-Q4", "amount": 37070},
        {"period": "2026-Q1", "amount": 38720},
        {"period": "2026-Q2", "amount": 37890},
        {"period": "2026-Q3", "amount": 36260}
      ],
      "contacts": [
        {"id": "c-0012", "name": "Helena Berger", "title": "CEO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-05"},
        {"id": "c-0013", "name": "Valeria Sorensen", "title": "Plant Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-07-23"},
        {"id": "c-0014", "name": "Viktor Ortega", "title": "Quality Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-08-04"},
        {"id": "c-0015", "name": "Igor Richter", "title": "Planner", "department": "Procurement", "level": "staff", "role": "influencer", "last_contact": "2026-09-11"},
        {"id": "c-0016", "name": "Andreas Jovanovic", "title": "Quality Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-09-21"}
      ],
      "activities": [
        {"id": "x-00041", "date": "2025-09-12", "kind": "proposal", "contacts": ["c-0016"], "summary": "Sent revised quote"},
        {"id": "x-00042", "date": "2025-11-22", "kind": "call", "contacts": ["c-0016"], "summary": "Follow-up call"},
        {"id": "x-00043", "date": "2026-01-06", "kind": "proposal", "contacts": ["c-0012"], "summary": "Sent proposal"},
        {"id": "x-00044", "date": "2026-05-22", "kind": "proposal", "contacts": ["c-0016"], "summary": "Sent revised quote"},
        {"id": "x-00045", "date": "2026-06-28", "kind": "call", "contacts": ["c-0016"], "summary": "Call about the delivery delay"},
        {"id": "x-00046", "date": "2026-08-21", "kind": "social", "contacts": ["c-0015"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00047", "date": "2026-11-18", "kind": "email", "contacts": ["c-0016"], "summary": "Sent the price list"}
      ],
      "opportunities": [
        {"id": "o-0005", "name": "Spare parts programme", "kind": "new_business", "stage": "discovery", "stage_since": "2026-09-05", "amount": 37000, "slips": 0, "contacts": ["c-0012"], "created": "2026-08-02", "close_date": "2027-02-24"},
        {"id": "o-0006", "name": "Spare parts programme", "kind": "expansion", "stage": "proposal", "stage_since": "2026-11-05", "amount": 37000, "slips": 0, "contacts": ["c-0012"], "created": "2026-03-20", "close_date": "2027-02-07", "proposal": {"sent": "2026-08-11", "co_created": false}}
      ]
    },
    {
      "id": "a-004",
      "name": "Vantaa Paper Oy",
      "owner": "r-01",
      "industry": "Manufacturing",
      "tier": "growth",
      "since": "2020-11-27",
      "employees": 2271,
      "potential": 289000,
      "revenue": [
        {"period": "2024-Q4", "amount": 70660},
        {"period": "2025-Q1", "amount": 67960},
        {"period": "2025-Q2", "amount": 64630},
        {"period": "2025-Q3", "amount": 64010},
        {"period": "2025-Q4", "amount": 61510},
        {"period": "2026-Q1", "amount": 63760},
        {"period": "2026-Q2", "amount": 60830},
        {"period": "2026-Q3", "amount": 61350}
      ],
      "contacts": [
        {"id": "c-0017", "name": "Giorgio Ivanov", "title": "Managing Director", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-15"},
        {"id": "c-0018", "name": "Elif Zeller", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-09-21"},
        {"id": "c-0019", "name": "Mikael Conti", "title": "IT Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-08-19"}
      ],
      "activities": [
        {"id": "x-00048", "date": "2025-08-18", "kind": "proposal", "contacts": ["c-0019"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00049", "date": "2025-11-01", "kind": "call", "contacts": ["c-0019"], "summary": "Call about the delivery delay"},
        {"id": "x-00050", "date": "2025-11-25", "kind": "workshop", "contacts": ["c-0017"], "summary": "Planning workshop on next year"},
        {"id": "x-00051", "date": "2025-12-20", "kind": "proposal", "contacts": ["c-0017"], "summary": "Sent proposal"},
        {"id": "x-00052", "date": "2026-01-16", "kind": "qbr", "contacts": ["c-0019"], "summary": "QBR with their leadership team"},
        {"id": "x-00053", "date": "2026-06-13", "kind": "demo", "contacts": ["c-0017"], "summary": "Demo for the engineering team"},
        {"id": "x-00054", "date": "2026-07-02", "kind": "proposal", "contacts": ["c-0018"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00055", "date": "2026-07-16", "kind": "proposal", "contacts": ["c-0018"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00056", "date": "2026-09-18", "kind": "demo", "contacts": ["c-0017"], "summary": "Demo for the engineering team"},
        {"id": "x-00057", "date": "2026-09-27", "kind": "email", "contacts": ["c-0019"], "summary": "Shared a case study"},
        {"id": "x-00058", "date": "2026-10-29", "kind": "demo", "contacts": ["c-0017"], "summary": "Remote demo of the new release"}
      ],
      "opportunities": [
        {"id": "o-0007", "name": "Service level upgrade", "kind": "new_business", "stage": "proposal", "stage_since": "2026-10-04", "amount": 90000, "slips": 0, "contacts": ["c-0017"], "created": "2026-04-18", "close_date": "2027-03-17", "proposal": {"sent": "2026-08-29", "co_created": false}},
        {"id": "o-0008", "name": "Pilot on the second site", "kind": "expansion", "stage": "qualification", "stage_since": "2026-11-07", "amount": 86000, "slips": 1, "contacts": ["c-0017"], "created": "2026-04-22", "close_date": "2027-03-02"}
      ],
      "fields": {
        "nps": 68
      }
    },
    {
      "id": "a-005",
      "name": "Kessler Kunststoffe GmbH",
      "owner": "r-01",
      "industry": "Chemicals",
      "tier": "core",
      "since": "2025-03-08",
      "employees": 571,
      "potential": 70000,
      "revenue": [
        {"period": "2025-Q2", "amount": 16980},
        {"period": "2025-Q3", "amount": 17670},
        {"period": "2025-Q4", "amount": 17640},
        {"period": "2026-Q1", "amount": 17550},
        {"period": "2026-Q2", "amount": 18400},
        {"period": "2026-Q3", "amount": 18030}
      ],
      "contacts": [
        {"id": "c-0020", "name": "Nils Varga", "title": "Buyer", "department": "Procurement", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-17"}
      ],
      "activities": [
        {"id": "x-00059", "date": "2026-01-11", "kind": "social", "contacts": ["c-0020"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00060", "date": "2026-09-30", "kind": "qbr", "contacts": ["c-0020"], "summary": "QBR with their leadership team"},
        {"id": "x-00061", "date": "2026-11-27", "kind": "proposal", "contacts": ["c-0020"], "summary": "Sent proposal"}
      ],
      "opportunities": [
        {"id": "o-0009", "name": "Line retrofit", "kind": "renewal", "stage": "proposal", "stage_since": "2026-09-13", "amount": 7000, "slips": 1, "contacts": ["c-0020"], "created": "2026-01-08", "close_date": "2027-02-04", "proposal": {"sent": "2026-10-27", "co_created": false}}
      ]
    },
    {
      "id": "a-006",
      "name": "Marlow Hotels Ltd",
      "owner": "r-01",
      "industry": "Hospitality",
      "tier": "core",
      "since": "2018-11-06",
      "employees": 798,
      "potential": 100000,
      "revenue": [
        {"period": "2025-Q2", "amount": 23410},
        {"period": "2025-Q3", "amount": 24140},
        {"period": "2025-Q4", "amount": 23450},
        {"period": "2026-Q1", "amount": 22470},
        {"period": "2026-Q2", "amount": 23090},
        {"period": "2026-Q3", "amount": 23520}
      ],
      "contacts": [
        {"id": "c-0021", "name": "Valeria Vogel", "title": "Planner", "department": "Procurement", "level": "staff", "role": "decision_maker", "last_contact": "2026-05-14"},
        {"id": "c-0022", "name": "Leonor Amato", "title": "IT Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-09-19"},
        {"id": "c-0023", "name": "Sara Lindgren", "title": "Purchasing Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-09-24"},
        {"id": "c-0024", "name": "Mateus Ivanov", "title": "Analyst", "department": "Procurement", "level": "staff", "last_contact": "2026-10-08"}
      ],
      "activities": [
        {"id": "x-00062", "date": "2025-09-29", "kind": "email", "contacts": ["c-0023"], "summary": "Answered questions on terms"},
        {"id": "x-00063", "date": "2025-12-06", "kind": "email", "contacts": ["c-0023"], "summary": "Sent the order confirmation"}
      ],
      "opportunities": [
        {"id": "o-0010", "name": "Service level upgrade", "kind": "new_business", "stage": "proposal", "stage_since": "2026-09-11", "amount": 16000, "slips": 0, "contacts": ["c-0021"], "created": "2026-02-12", "close_date": "2027-03-26", "proposal": {"sent": "2026-11-10", "co_created": false}}
      ]
    },
    {
      "id": "a-007",
      "name": "Orsini Ceramiche SpA",
      "owner": "r-01",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2025-01-27",
      "employees": 854,
      "potential": 107000,
      "revenue": [
        {"period": "2025-Q2", "amount": 27500},
        {"period": "2025-Q3", "amount": 27490},
        {"period": "2025-Q4", "amount": 27020},
        {"period": "2026-Q1", "amount": 26520},
        {"period": "2026-Q2", "amount": 26460},
        {"period": "2026-Q3", "amount": 25350}
      ],
      "contacts": [
        {"id": "c-0025", "name": "Jan Marek", "title": "Managing Director", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-07"},
        {"id": "c-0026", "name": "Rainer Albrecht", "title": "Quality Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-08-17"}
      ],
      "activities": [
        {"id": "x-00064", "date": "2025-12-08", "kind": "email", "contacts": ["c-0025"], "summary": "Sent the price list"},
        {"id": "x-00065", "date": "2026-07-25", "kind": "call", "contacts": ["c-0025"], "summary": "Call about next year's volumes"}
      ],
      "opportunities": []
    },
    {
      "id": "a-008",
      "name": "Tidewell Water Ltd",
      "owner": "r-01",
      "industry": "Energy",
      "tier": "transactional",
      "since": "2021-12-02",
      "employees": 215,
      "potential": 25000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6430},
        {"period": "2026-Q1", "amount": 6530},
        {"period": "2026-Q2", "amount": 6670},
        {"period": "2026-Q3", "amount": 6400}
      ],
      "contacts": [
        {"id": "c-0027", "name": "Fabio Lund", "title": "CEO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-08"},
        {"id": "c-0028", "name": "Mikael Torres", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-07-05"}
      ],
      "activities": [
        {"id": "x-00066", "date": "2026-10-01", "kind": "email", "contacts": ["c-0027"], "summary": "Answered questions on terms"}
      ],
      "opportunities": [
        {"id": "o-0011", "name": "Spare parts programme", "kind": "renewal", "stage": "negotiation", "stage_since": "2026-10-23", "amount": 6000, "slips": 0, "contacts": ["c-0027"], "created": "2026-05-08", "close_date": "2027-01-17", "proposal": {"sent": "2026-10-20", "co_created": false}}
      ]
    },
    {
      "id": "a-009",
      "name": "Gruber Bau AG",
      "owner": "r-01",
      "industry": "Construction",
      "tier": "transactional",
      "since": "2024-09-12",
      "employees": 186,
      "potential": 21000,
      "revenue": [
        {"period": "2025-Q4", "amount": 5230},
        {"period": "2026-Q1", "amount": 5340},
        {"period": "2026-Q2", "amount": 5260},
        {"period": "2026-Q3", "amount": 5390}
      ],
      "contacts": [
        {"id": "c-0029", "name": "Mateus Dietrich", "title": "CFO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-06"},
        {"id": "c-0030", "name": "Viktor Lindgren", "title": "Quality Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-06-29"}
      ],
      "activities": [],
      "opportunities": []
    },
    {
      "id": "a-010",
      "name": "Lindqvist Medical AB",
      "owner": "r-01",
      "industry": "Healthcare",
      "tier": "transactional",
      "since": "2024-12-08",
      "employees": 146,
      "potential": 16000,
      "revenue": [
        {"period": "2025-Q4", "amount": 3790},
        {"period": "2026-Q1", "amount": 3880},
        {"period": "2026-Q2", "amount": 3800},
        {"period": "2026-Q3", "amount": 3690}
      ],
      "contacts": [
        {"id": "c-0031", "name": "Greta Dietrich", "title": "Buyer", "department": "Procurement", "level": "staff", "role": "decision_maker", "last_contact": "2026-11-09"},
        {"id": "c-0032", "name": "Bernd Schneider", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-10-27"}
      ],
      "activities": [
        {"id": "x-00067", "date": "2026-09-06", "kind": "email", "contacts": ["c-0031"], "summary": "Sent the order confirmation"}
      ],
      "opportunities": []
    },
    {
      "id": "a-011",
      "name": "Alcorta Alimentación SA",
      "owner": "r-02",
      "industry": "Food & Beverage",
      "tier": "key",
      "since": "2017-05-03",
      "employees": 3637,
      "potential": 465000,
      "revenue": [
        {"period": "2024-Q4", "amount": 117490},
        {"period": "2025-Q1", "amount": 120210},
        {"period": "2025-Q2", "amount": 132210},
        {"period": "2025-Q3", "amount": 140670},
        {"period": "2025-Q4", "amount": 151100},
        {"period": "2026-Q1", "amount": 166840},
        {"period": "2026-Q2", "amount": 174030},
        {"period": "2026-Q3", "amount": 193640}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-10-08",
        "next_review": "2027-04-06",
        "target": 568000,
        "objectives": ["Grow share of wallet from 25% to 40%", "Meet the new CFO and present the three-year plan"],
        "actions": [{"what": "Pilot on line 3", "due": "2026-11-02", "done": true}, {"what": "Executive sponsor lunch", "due": "2026-12-05", "done": false}]
      },
      "contacts": [
        {"id": "c-0033", "name": "Ewa Olsen", "title": "CIO", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-07"},
        {"id": "c-0034", "name": "Katrin Krüger", "title": "Head of Procurement", "department": "Operations", "level": "senior", "role": "champion", "last_contact": "2026-11-16"},
        {"id": "c-0035", "name": "Ulrich Keller", "title": "CEO", "department": "Procurement", "level": "executive", "last_contact": "2026-09-26"},
        {"id": "c-0036", "name": "Sven Amato", "title": "Buyer", "department": "IT", "level": "staff", "last_contact": "2026-10-20"},
        {"id": "c-0037", "name": "Katrin Rinaldi", "title": "Logistics Manager", "department": "Production", "level": "manager", "role": "influencer", "last_contact": "2026-08-21"},
        {"id": "c-0038", "name": "Irene Gomez", "title": "Quality Manager", "department": "Quality", "level": "manager", "role": "influencer", "last_contact": "2026-10-27"},
        {"id": "c-0039", "name": "Paula Nowak", "title": "Buyer", "department": "Finance", "level": "staff", "role": "influencer", "last_contact": "2026-09-15"},
        {"id": "c-0040", "name": "Teresa Wiśniewska", "title": "Plant Manager", "department": "Operations", "level": "manager", "last_contact": "2026-09-24"}
      ],
      "activities": [
        {"id": "x-00068", "date": "2025-07-23", "kind": "email", "contacts": ["c-0039"], "summary": "Sent the order confirmation"},
        {"id": "x-00069", "date": "2025-09-10", "kind": "social", "contacts": ["c-0035"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00070", "date": "2025-09-13", "kind": "email", "contacts": ["c-0037"], "summary": "Answered questions on terms"},
        {"id": "x-00071", "date": "2025-10-21", "kind": "email", "contacts": ["c-0039"], "summary": "Sent the order confirmation"},
        {"id": "x-00072", "date": "2025-11-18", "kind": "email", "contacts": ["c-0036"], "summary": "Shared a case study"},
        {"id": "x-00073", "date": "2026-01-04", "kind": "meeting", "contacts": ["c-0033"], "summary": "Site visit with the plant manager"},
        {"id": "x-00074", "date": "2026-01-07", "kind": "workshop", "contacts": ["c-0036"], "summary": "Value workshop with operations"},
        {"id": "x-00075", "date": "2026-01-15", "kind": "qbr", "contacts": ["c-0036"], "summary": "QBR with their leadership team"},
        {"id": "x-00076", "date": "2026-04-08", "kind": "demo", "contacts": ["c-0033"], "summary": "Demo for the engineering team"},
        {"id": "x-00077", "date": "2026-06-16", "kind": "meeting", "contacts": ["c-0040"], "summary": "Met the operations team"},
        {"id": "x-00078", "date": "2026-07-14", "kind": "call", "contacts": ["c-0035"], "summary": "Call about the delivery delay"},
        {"id": "x-00079", "date": "2026-09-10", "kind": "meeting", "contacts": ["c-0035"], "summary": "Site visit with the plant manager"},
        {"id": "x-00080", "date": "2026-10-05", "kind": "proposal", "contacts": ["c-0034"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00081", "date": "2026-10-12", "kind": "call", "contacts": ["c-0037"], "summary": "Follow-up call"},
        {"id": "x-00082", "date": "2026-11-17", "kind": "meeting", "contacts": ["c-0034"], "summary": "Met the operations team"}
      ],
      "opportunities": [
        {"id": "o-0012", "name": "Packaging upgrade", "kind": "renewal", "stage": "won", "stage_since": "2026-11-10", "amount": 46000, "slips": 0, "contacts": ["c-0033"], "created": "2026-05-26", "close_date": "2026-10-24", "proposal": {"sent": "2026-11-02", "co_created": false}},
        {"id": "o-0013", "name": "Pilot on the second site", "kind": "new_business", "stage": "proposal", "stage_since": "2026-09-29", "amount": 77000, "slips": 1, "contacts": ["c-0033"], "created": "2026-02-18", "close_date": "2026-12-30", "proposal": {"sent": "2026-11-09", "co_created": true}},
        {"id": "o-0014", "name": "Service level upgrade", "kind": "new_business", "stage": "won", "stage_since": "2026-10-15", "amount": 113000, "slips": 1, "contacts": ["c-0033"], "created": "2026-06-14", "close_date": "2026-11-15", "proposal": {"sent": "2026-10-03", "co_created": true}}
      ]
    },
    {
      "id": "a-012",
      "name": "Bellamy Clinics Ltd",
      "owner": "r-02",
      "industry": "Healthcare",
      "tier": "key",
      "since": "2023-09-23",
      "employees": 4795,
      "potential": 614000,
      "revenue": [
        {"period": "2024-Q4", "amount": 163620},
        {"period": "2025-Q1", "amount": 165640},
        {"period": "2025-Q2", "amount": 177430},
        {"period": "2025-Q3", "amount": 190560},
        {"period": "2025-Q4", "amount": 204280},
        {"period": "2026-Q1", "amount": 226740},
        {"period": "2026-Q2", "amount": 243720},
        {"period": "2026-Q3", "amount": 250150}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-09-06",
        "next_review": "2027-03-05",
        "target": 750000,
        "objectives": ["Standardise all sites on our platform", "Grow share of wallet from 25% to 40%"],
        "actions": [{"what": "Reference visit to a customer site", "due": "2027-01-31", "done": false}, {"what": "Reference visit to a customer site", "due": "2026-11-06", "done": true}, {"what": "Pilot on line 3", "due": "2027-01-15", "done": false}]
      },
      "contacts": [
        {"id": "c-0041", "name": "Daniela Teixeira", "title": "CIO", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-04"},
        {"id": "c-0042", "name": "Leonor Marek", "title": "VP Operations", "department": "Procurement", "level": "senior", "role": "champion", "last_contact": "2026-06-28"},
        {"id": "c-0043", "name": "Birgit Hartmann", "title": "CFO", "department": "IT", "level": "executive", "role": "influencer", "last_contact": "2026-11-02"},
        {"id": "c-0044", "name": "Mikael Wiśniewska", "title": "Process Engineer", "department": "Production", "level": "staff", "role": "influencer", "last_contact": "2026-07-12"}
      ],
      "activities": [
        {"id": "x-00083", "date": "2025-06-07", "kind": "call", "contacts": ["c-0041"], "summary": "Follow-up call"},
        {"id": "x-00084", "date": "2025-06-21", "kind": "call", "contacts": ["c-0044"], "summary": "Call about the delivery delay"},
        {"id": "x-00085", "date": "2025-06-29", "kind": "social", "contacts": ["c-0044"], "summary": "Dinner after the site visit"},
        {"id": "x-00086", "date": "2025-08-14", "kind": "workshop", "contacts": ["c-0042"], "summary": "Value workshop with operations"},
        {"id": "x-00087", "date": "2025-08-21", "kind": "proposal", "contacts": ["c-0042"], "summary": "Sent proposal"},
        {"id": "x-00088", "date": "2025-09-14", "kind": "workshop", "contacts": ["c-0041"], "summary": "Planning workshop on next year"},
        {"id": "x-00089", "date": "2025-10-01", "kind": "meeting", "contacts": ["c-0041"], "summary": "Met the operations team"},
        {"id": "x-00090", "date": "2025-10-26", "kind": "meeting", "contacts": ["c-0043"], "summary": "Lunch with the sponsor"},
        {"id": "x-00091", "date": "2025-12-01", "kind": "demo", "contacts": ["c-0044"], "summary": "Demo for the engineering team"},
        {"id": "x-00092", "date": "2025-12-16", "kind": "meeting", "contacts": ["c-0044"], "summary": "Site visit with the plant manager"},
        {"id": "x-00093", "date": "2026-02-02", "kind": "qbr", "contacts": ["c-0043"], "summary": "Quarterly business review"},
        {"id": "x-00094", "date": "2026-02-11", "kind": "meeting", "contacts": ["c-0044"], "summary": "Site visit with the plant manager"},
        {"id": "x-00095", "date": "2026-02-17", "kind": "meeting", "contacts": ["c-0044"], "summary": "Lunch with the sponsor"},
        {"id": "x-00096", "date": "2026-02-28", "kind": "email", "contacts": ["c-0043"], "summary": "Sent the price list"},
        {"id": "x-00097", "date": "2026-04-13", "kind": "call", "contacts": ["c-0041"], "summary": "Call about next year's volumes"},
        {"id": "x-00098", "date": "2026-04-14", "kind": "workshop", "contacts": ["c-0042"], "summary": "Value workshop with operations"},
        {"id": "x-00099", "date": "2026-04-26", "kind": "meeting", "contacts": ["c-0043"], "summary": "Met the operations team"},
        {"id": "x-00100", "date": "2026-05-05", "kind": "email", "contacts": ["c-0043"], "summary": "Sent the order confirmation"},
        {"id": "x-00101", "date": "2026-07-22", "kind": "social", "contacts": ["c-0042"], "summary": "Dinner after the site visit"},
        {"id": "x-00102", "date": "2026-09-11", "kind": "meeting", "contacts": ["c-0044"], "summary": "Account review at their office"},
        {"id": "x-00103", "date": "2026-09-20", "kind": "qbr", "contacts": ["c-0044"], "summary": "Quarterly business review"},
        {"id": "x-00104", "date": "2026-10-01", "kind": "workshop", "contacts": ["c-0041"], "summary": "Value workshop with operations"},
        {"id": "x-00105", "date": "2026-10-07", "kind": "workshop", "contacts": ["c-0042"], "summary": "Value workshop with operations"},
        {"id": "x-00106", "date": "2026-10-14", "kind": "meeting", "contacts": ["c-0044"], "summary": "Account review at their office"},
        {"id": "x-00107", "date": "2026-11-09", "kind": "workshop", "contacts": ["c-0043"], "summary": "Value workshop with operations"},
        {"id": "x-00108", "date": "2026-11-15", "kind": "workshop", "contacts": ["c-0041"], "summary": "Planning workshop on next year"}
      ],
      "opportunities": [
        {"id": "o-0015", "name": "Pilot on the second site", "kind": "renewal", "stage": "qualification", "stage_since": "2026-09-05", "amount": 81000, "slips": 0, "contacts": ["c-0041"], "created": "2026-02-22", "close_date": "2027-01-26"},
        {"id": "o-0016", "name": "Pilot on the second site", "kind": "new_business", "stage": "proposal", "stage_since": "2026-09-22", "amount": 81000, "slips": 0, "contacts": ["c-0041"], "created": "2026-06-26", "close_date": "2026-12-28", "proposal": {"sent": "2026-08-27", "co_created": true}}
      ]
    },
    {
      "id": "a-013",
      "name": "Costa Verde Hotéis SA",
      "owner": "r-02",
      "industry": "Hospitality",
      "tier": "key",
      "since": "2019-01-10",
      "employees": 5008,
      "potential": 641000,
      "revenue": [
        {"period": "2024-Q4", "amount": 171350},
        {"period": "2025-Q1", "amount": 184380},
        {"period": "2025-Q2", "amount": 186770},
        {"period": "2025-Q3", "amount": 201710},
        {"period": "2025-Q4", "amount": 210010},
        {"period": "2026-Q1", "amount": 225270},
        {"period": "2026-Q2", "amount": 242690},
        {"period": "2026-Q3", "amount": 262810}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-09-27",
        "next_review": "2027-03-26",
        "target": 783000,
        "objectives": ["Grow share of wallet from 25% to 40%", "Win the packaging line retrofit"],
        "actions": [{"what": "Executive sponsor lunch", "due": "2027-01-04", "done": false}, {"what": "Reference visit to a customer site", "due": "2027-01-31", "done": false}, {"what": "Joint roadmap review", "due": "2027-02-14", "done": false}]
      },
      "contacts": [
        {"id": "c-0045", "name": "Daniela Dietrich", "title": "COO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-11-14"},
        {"id": "c-0046", "name": "Lars Eriksen", "title": "Plant Director", "department": "IT", "level": "senior", "role": "champion", "last_contact": "2026-09-16"},
        {"id": "c-0047", "name": "Hannes Rinaldi", "title": "COO", "department": "Production", "level": "executive", "last_contact": "2026-09-17"},
        {"id": "c-0048", "name": "Andreas Haas", "title": "Process Engineer", "department": "Quality", "level": "staff", "role": "influencer", "last_contact": "2026-06-16"},
        {"id": "c-0049", "name": "Paula Nyberg", "title": "IT Manager", "department": "Finance", "level": "manager", "role": "user", "last_contact": "2026-06-29"}
      ],
      "activities": [
        {"id": "x-00109", "date": "2025-07-27", "kind": "proposal", "contacts": ["c-0045"], "summary": "Sent revised quote"},
        {"id": "x-00110", "date": "2025-08-03", "kind": "qbr", "contacts": ["c-0045"], "summary": "Quarterly business review"},
        {"id": "x-00111", "date": "2025-08-04", "kind": "meeting", "contacts": ["c-0048"], "summary": "Account review at their office"},
        {"id": "x-00112", "date": "2025-08-16", "kind": "meeting", "contacts": ["c-0048"], "summary": "Account review at their office"},
        {"id": "x-00113", "date": "2025-09-08", "kind": "qbr", "contacts": ["c-0045"], "summary": "QBR with their leadership team"},
        {"id": "x-00114", "date": "2025-09-25", "kind": "social", "contacts": ["c-0048"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00115", "date": "2025-10-04", "kind": "meeting", "contacts": ["c-0046"], "summary": "Lunch with the sponsor"},
        {"id": "x-00116", "date": "2025-10-29", "kind": "proposal", "contacts": ["c-0048"], "summary": "Sent revised quote"},
        {"id": "x-00117", "date": "2025-12-06", "kind": "meeting", "contacts": ["c-0046"], "summary": "Account review at their office"},
        {"id": "x-00118", "date": "2025-12-23", "kind": "meeting", "contacts": ["c-0046"], "summary": "Account review at their office"},
        {"id": "x-00119", "date": "2026-02-04", "kind": "qbr", "contacts": ["c-0049"], "summary": "Quarterly business review"},
        {"id": "x-00120", "date": "2026-02-13", "kind": "proposal", "contacts": ["c-0047"], "summary": "Sent revised quote"},
        {"id": "x-00121", "date": "2026-02-16", "kind": "email", "contacts": ["c-0047"], "summary": "Answered questions on terms"},
        {"id": "x-00122", "date": "2026-02-24", "kind": "demo", "contacts": ["c-0049"], "summary": "Demo for the engineering team"},
        {"id": "x-00123", "date": "2026-02-26", "kind": "call", "contacts": ["c-0045"], "summary": "Call about the delivery delay"},
        {"id": "x-00124", "date": "2026-07-18", "kind": "call", "contacts": ["c-0046"], "summary": "Quick status call"},
        {"id": "x-00125", "date": "2026-08-10", "kind": "meeting", "contacts": ["c-0048"], "summary": "Site visit with the plant manager"},
        {"id": "x-00126", "date": "2026-08-24", "kind": "email", "contacts": ["c-0048"], "summary": "Shared a case study"},
        {"id": "x-00127", "date": "2026-08-25", "kind": "qbr", "contacts": ["c-0049"], "summary": "QBR with their leadership team"},
        {"id": "x-00128", "date": "2026-09-02", "kind": "meeting", "contacts": ["c-0049"], "summary": "Lunch with the sponsor"},
        {"id": "x-00129", "date": "2026-09-11", "kind": "social", "contacts": ["c-0046"], "summary": "Dinner after the site visit"},
        {"id": "x-00130", "date": "2026-10-06", "kind": "meeting", "contacts": ["c-0048"], "summary": "Site visit with the plant manager"},
        {"id": "x-00131", "date": "2026-11-04", "kind": "qbr", "contacts": ["c-0047"], "summary": "Quarterly business review"},
        {"id": "x-00132", "date": "2026-11-15", "kind": "meeting", "contacts": ["c-0047"], "summary": "Met the operations team"},
        {"id": "x-00133", "date": "2026-11-21", "kind": "email", "contacts": ["c-0046"], "summary": "Answered questions on terms"}
      ],
      "opportunities": [
        {"id": "o-0017", "name": "Renewal 2027", "kind": "renewal", "stage": "won", "stage_since": "2026-10-18", "amount": 85000, "slips": 1, "contacts": ["c-0045"], "created": "2026-02-17", "close_date": "2026-11-13", "proposal": {"sent": "2026-09-25", "co_created": true}},
        {"id": "o-0018", "name": "Spare parts programme", "kind": "renewal", "stage": "negotiation", "stage_since": "2026-10-17", "amount": 57000, "slips": 0, "contacts": ["c-0045"], "created": "2026-07-19", "close_date": "2027-01-17", "proposal": {"sent": "2026-10-15", "co_created": true}}
      ]
    },
    {
      "id": "a-014",
      "name": "Duarte Embalagens Lda",
      "owner": "r-02",
      "industry": "Manufacturing",
      "tier": "growth",
      "since": "2019-10-01",
      "employees": 1793,
      "potential": 227000,
      "revenue": [
        {"period": "2024-Q4", "amount": 60980},
        {"period": "2025-Q1", "amount": 61460},
        {"period": "2025-Q2", "amount": 63240},
        {"period": "2025-Q3", "amount": 64880},
        {"period": "2025-Q4", "amount": 68520},
        {"period": "2026-Q1", "amount": 69390},
        {"period": "2026-Q2", "amount": 76760},
        {"period": "2026-Q3", "amount": 78450}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-10-04",
        "next_review": "2027-04-02",
        "target": 278000,
        "objectives": ["Meet the new CFO and present the three-year plan", "Standardise all sites on our platform"],
        "actions": [{"what": "Workshop with the plant managers", "due": "2026-12-29", "done": false}, {"what": "Executive sponsor lunch", "due": "2026-11-06", "done": true}]
      },
      "contacts": [
        {"id": "c-0050", "name": "Elif Amato", "title": "Managing Director", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-10"},
        {"id": "c-0051", "name": "Stefan Zeller", "title": "Finance Director", "department": "Production", "level": "senior", "role": "champion", "last_contact": "2026-09-09"},
        {"id": "c-0052", "name": "Teresa Sorensen", "title": "CFO", "department": "Quality", "level": "executive", "role": "influencer", "last_contact": "2026-05-24"}
      ],
      "activities": [
        {"id": "x-00134", "date": "2025-08-05", "kind": "demo", "contacts": ["c-0051"], "summary": "Remote demo of the new release"},
        {"id": "x-00135", "date": "2025-10-01", "kind": "workshop", "contacts": ["c-0050"], "summary": "Value workshop with operations"},
        {"id": "x-00136", "date": "2025-11-01", "kind": "workshop", "contacts": ["c-0052"], "summary": "Planning workshop on next year"},
        {"id": "x-00137", "date": "2026-01-09", "kind": "workshop", "contacts": ["c-0050"], "summary": "Value workshop with operations"},
        {"id": "x-00138", "date": "2026-02-12", "kind": "demo", "contacts": ["c-0052"], "summary": "Demo for the engineering team"},
        {"id": "x-00139", "date": "2026-02-26", "kind": "social", "contacts": ["c-0051"], "summary": "Dinner after the site visit"},
        {"id": "x-00140", "date": "2026-03-21", "kind": "meeting", "contacts": ["c-0051"], "summary": "Site visit with the plant manager"},
        {"id": "x-00141", "date": "2026-05-20", "kind": "workshop", "contacts": ["c-0052"], "summary": "Planning workshop on next year"},
        {"id": "x-00142", "date": "2026-05-22", "kind": "meeting", "contacts": ["c-0050"], "summary": "Site visit with the plant manager"},
        {"id": "x-00143", "date": "2026-06-30", "kind": "meeting", "contacts": ["c-0050"], "summary": "Lunch with the sponsor"},
        {"id": "x-00144", "date": "2026-09-06", "kind": "proposal", "contacts": ["c-0052"], "summary": "Sent revised quote"},
        {"id": "x-00145", "date": "2026-11-16", "kind": "email", "contacts": ["c-0050"], "summary": "Shared a case study"}
      ],
      "opportunities": [
        {"id": "o-0019", "name": "Renewal 2027", "kind": "renewal", "stage": "proposal", "stage_since": "2026-11-08", "amount": 70000, "slips": 0, "contacts": ["c-0050"], "created": "2026-02-28", "close_date": "2027-02-27", "proposal": {"sent": "2026-08-20", "co_created": true}},
        {"id": "o-0020", "name": "Service level upgrade", "kind": "expansion", "stage": "proposal", "stage_since": "2026-09-18", "amount": 22000, "slips": 0, "contacts": ["c-0050"], "created": "2026-06-28", "close_date": "2027-03-22", "proposal": {"sent": "2026-10-20", "co_created": false}}
      ],
      "fields": {
        "nps": 24
      }
    },
    {
      "id": "a-015",
      "name": "Estrella Logística SL",
      "owner": "r-02",
      "industry": "Logistics",
      "tier": "growth",
      "since": "2022-07-20",
      "employees": 2207,
      "potential": 281000,
      "revenue": [
        {"period": "2024-Q4", "amount": 72560},
        {"period": "2025-Q1", "amount": 80400},
        {"period": "2025-Q2", "amount": 80990},
        {"period": "2025-Q3", "amount": 89890},
        {"period": "2025-Q4", "amount": 91410},
        {"period": "2026-Q1", "amount": 100640},
        {"period": "2026-Q2", "amount": 111290},
        {"period": "2026-Q3", "amount": 121730}
      ],
      "contacts": [
        {"id": "c-0053", "name": "Stefan Amato", "title": "CIO", "department": "Production", "level": "executive", "role": "decision_maker", "last_contact": "2026-06-15"},
        {"id": "c-0054", "name": "Birgit Rinaldi", "title": "Head of Procurement", "department": "Quality", "level": "senior", "role": "champion", "last_contact": "2026-11-04"},
        {"id": "c-0055", "name": "Nadia Keller", "title": "CFO", "department": "Finance", "level": "executive", "role": "user", "last_contact": "2026-05-28"}
      ],
      "activities": [
        {"id": "x-00146", "date": "2025-06-20", "kind": "demo", "contacts": ["c-0055"], "summary": "Demo for the engineering team"},
        {"id": "x-00147", "date": "2025-07-11", "kind": "workshop", "contacts": ["c-0055"], "summary": "Planning workshop on next year"},
        {"id": "x-00148", "date": "2025-07-22", "kind": "meeting", "contacts": ["c-0055"], "summary": "Lunch with the sponsor"},
        {"id": "x-00149", "date": "2025-07-28", "kind": "email", "contacts": ["c-0055"], "summary": "Answered questions on terms"},
        {"id": "x-00150", "date": "2025-09-07", "kind": "demo", "contacts": ["c-0053"], "summary": "Remote demo of the new release"},
        {"id": "x-00151", "date": "2025-09-16", "kind": "proposal", "contacts": ["c-0055"], "summary": "Sent proposal"},
        {"id": "x-00152", "date": "2026-02-04", "kind": "demo", "contacts": ["c-0054"], "summary": "Demo for the engineering team"},
        {"id": "x-00153", "date": "2026-03-06", "kind": "workshop", "contacts": ["c-0053"], "summary": "Planning workshop on next year"},
        {"id": "x-00154", "date": "2026-07-30", "kind": "workshop", "contacts": ["c-0055"], "summary": "Planning workshop on next year"},
        {"id": "x-00155", "date": "2026-08-16", "kind": "proposal", "contacts": ["c-0054"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00156", "date": "2026-09-14", "kind": "meeting", "contacts": ["c-0053"], "summary": "Lunch with the sponsor"},
        {"id": "x-00157", "date": "2026-10-23", "kind": "qbr", "contacts": ["c-0054"], "summary": "QBR with their leadership team"}
      ],
      "opportunities": [
        {"id": "o-0021", "name": "Maintenance contract", "kind": "new_business", "stage": "proposal", "stage_since": "2026-10-07", "amount": 31000, "slips": 0, "contacts": ["c-0053"], "created": "2026-07-26", "close_date": "2027-01-13", "proposal": {"sent": "2026-08-17", "co_created": true}}
      ]
    },
    {
      "id": "a-016",
      "name": "Fabbri Motori SpA",
      "owner": "r-02",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2024-09-03",
      "employees": 718,
      "potential": 89000,
      "revenue": [
        {"period": "2025-Q2", "amount": 24390},
        {"period": "2025-Q3", "amount": 26390},
        {"period": "2025-Q4", "amount": 27400},
        {"period": "2026-Q1", "amount": 30190},
        {"period": "2026-Q2", "amount": 31450},
        {"period": "2026-Q3", "amount": 32270}
      ],
      "contacts": [
        {"id": "c-0056", "name": "Helena Hartmann", "title": "COO", "department": "Quality", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-20"},
        {"id": "c-0057", "name": "Otto Sorensen", "title": "Purchasing Manager", "department": "Finance", "level": "manager", "role": "champion", "last_contact": "2026-11-06"},
        {"id": "c-0058", "name": "Ulrich Torres", "title": "Plant Manager", "department": "Operations", "level": "manager", "last_contact": "2026-07-13"}
      ],
      "activities": [
        {"id": "x-00158", "date": "2025-10-12", "kind": "meeting", "contacts": ["c-0058"], "summary": "Site visit with the plant manager"},
        {"id": "x-00159", "date": "2025-11-27", "kind": "meeting", "contacts": ["c-0056"], "summary": "Lunch with the sponsor"},
        {"id": "x-00160", "date": "2026-02-07", "kind": "meeting", "contacts": ["c-0058"], "summary": "Met the operations team"},
        {"id": "x-00161", "date": "2026-06-18", "kind": "social", "contacts": ["c-0058"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00162", "date": "2026-11-07", "kind": "meeting", "contacts": ["c-0056"], "summary": "Site visit with the plant manager"}
      ],
      "opportunities": []
    },
    {
      "id": "a-017",
      "name": "Girona Tèxtil SA",
      "owner": "r-02",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2022-07-02",
      "employees": 925,
      "potential": 116000,
      "revenue": [
        {"period": "2025-Q2", "amount": 29400},
        {"period": "2025-Q3", "amount": 29830},
        {"period": "2025-Q4", "amount": 30060},
        {"period": "2026-Q1", "amount": 32700},
        {"period": "2026-Q2", "amount": 33210},
        {"period": "2026-Q3", "amount": 36440}
      ],
      "contacts": [
        {"id": "c-0059", "name": "Greta Quinn", "title": "Planner", "department": "Finance", "level": "staff", "role": "decision_maker", "last_contact": "2026-05-13"},
        {"id": "c-0060", "name": "Leonor Wolff", "title": "IT Manager", "department": "Operations", "level": "manager", "role": "champion", "last_contact": "2026-05-15"},
        {"id": "c-0061", "name": "Birgit Gomez", "title": "IT Manager", "department": "Procurement", "level": "manager", "role": "user", "last_contact": "2026-07-15"}
      ],
      "activities": [
        {"id": "x-00163", "date": "2025-08-27", "kind": "call", "contacts": ["c-0059"], "summary": "Follow-up call"},
        {"id": "x-00164", "date": "2025-11-08", "kind": "social", "contacts": ["c-0059"], "summary": "Dinner after the site visit"},
        {"id": "x-00165", "date": "2026-06-28", "kind": "workshop", "contacts": ["c-0059"], "summary": "Value workshop with operations"},
        {"id": "x-00166", "date": "2026-09-26", "kind": "call", "contacts": ["c-0061"], "summary": "Call about next year's volumes"},
        {"id": "x-00167", "date": "2026-11-11", "kind": "meeting", "contacts": ["c-0061"], "summary": "Met the operations team"}
      ],
      "opportunities": []
    },
    {
      "id": "a-018",
      "name": "Hidalgo Energía SA",
      "owner": "r-02",
      "industry": "Energy",
      "tier": "core",
      "since": "2021-02-13",
      "employees": 589,
      "potential": 73000,
      "revenue": [
        {"period": "2025-Q2", "amount": 18730},
        {"period": "2025-Q3", "amount": 19670},
        {"period": "2025-Q4", "amount": 19970},
        {"period": "2026-Q1", "amount": 20300},
        {"period": "2026-Q2", "amount": 21900},
        {"period": "2026-Q3", "amount": 23520}
      ],
      "contacts": [
        {"id": "c-0062", "name": "Yvonne Dietrich", "title": "Managing Director", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-11-11"},
        {"id": "c-0063", "name": "Igor Olsen", "title": "Quality Manager", "department": "Procurement", "level": "manager", "role": "champion", "last_contact": "2026-07-19"}
      ],
      "activities": [
        {"id": "x-00168", "date": "2025-09-22", "kind": "meeting", "contacts": ["c-0062"], "summary": "Site visit with the plant manager"},
        {"id": "x-00169", "date": "2025-12-07", "kind": "proposal", "contacts": ["c-0062"], "summary": "Sent revised quote"},
        {"id": "x-00170", "date": "2026-04-09", "kind": "meeting", "contacts": ["c-0062"], "summary": "Met the operations team"},
        {"id": "x-00171", "date": "2026-05-14", "kind": "meeting", "contacts": ["c-0063"], "summary": "Site visit with the plant manager"},
        {"id": "x-00172", "date": "2026-08-04", "kind": "qbr", "contacts": ["c-0062"], "summary": "QBR with their leadership team"},
        {"id": "x-00173", "date": "2026-09-21", "kind": "meeting", "contacts": ["c-0062"], "summary": "Account review at their office"},
        {"id": "x-00174", "date": "2026-09-25", "kind": "demo", "contacts": ["c-0063"], "summary": "Remote demo of the new release"}
      ],
      "opportunities": []
    },
    {
      "id": "a-019",
      "name": "Iberia Lab Services SL",
      "owner": "r-02",
      "industry": "Healthcare",
      "tier": "transactional",
      "since": "2021-10-26",
      "employees": 243,
      "potential": 28000,
      "revenue": [
        {"period": "2025-Q4", "amount": 7600},
        {"period": "2026-Q1", "amount": 7740},
        {"period": "2026-Q2", "amount": 8230},
        {"period": "2026-Q3", "amount": 8960}
      ],
      "contacts": [
        {"id": "c-0064", "name": "Agnes Keller", "title": "CFO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-13"},
        {"id": "c-0065", "name": "Jan Keller", "title": "Quality Manager", "department": "IT", "level": "manager", "role": "champion", "last_contact": "2026-10-07"}
      ],
      "activities": [
        {"id": "x-00175", "date": "2025-07-14", "kind": "meeting", "contacts": ["c-0065"], "summary": "Site visit with the plant manager"},
        {"id": "x-00176", "date": "2025-08-14", "kind": "meeting", "contacts": ["c-0065"], "summary": "Account review at their office"},
        {"id": "x-00177", "date": "2026-03-09", "kind": "workshop", "contacts": ["c-0064"], "summary": "Planning workshop on next year"}
      ],
      "opportunities": [
        {"id": "o-0022", "name": "Pilot on the second site", "kind": "renewal", "stage": "proposal", "stage_since": "2026-11-17", "amount": 7000, "slips": 0, "contacts": ["c-0064"], "created": "2026-01-04", "close_date": "2027-01-18", "proposal": {"sent": "2026-10-24", "co_created": false}}
      ]
    },
    {
      "id": "a-020",
      "name": "Jardim Retail SA",
      "owner": "r-02",
      "industry": "Retail",
      "tier": "transactional",
      "since": "2018-08-08",
      "employees": 152,
      "potential": 17000,
      "revenue": [
        {"period": "2025-Q4", "amount": 4340},
        {"period": "2026-Q1", "amount": 4530},
        {"period": "2026-Q2", "amount": 4820},
        {"period": "2026-Q3", "amount": 5010}
      ],
      "contacts": [
        {"id": "c-0066", "name": "Greta Berger", "title": "Process Engineer", "department": "IT", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-07"},
        {"id": "c-0067", "name": "Piotr Keller", "title": "IT Manager", "department": "Production", "level": "manager", "role": "champion", "last_contact": "2026-09-30"}
      ],
      "activities": [
        {"id": "x-00178", "date": "2026-06-08", "kind": "email", "contacts": ["c-0066"], "summary": "Shared a case study"}
      ],
      "opportunities": []
    },
    {
      "id": "a-021",
      "name": "Kraus Elektrotechnik GmbH",
      "owner": "r-03",
      "industry": "Manufacturing",
      "tier": "key",
      "since": "2019-01-18",
      "employees": 3552,
      "potential": 454000,
      "revenue": [
        {"period": "2024-Q4", "amount": 113620},
        {"period": "2025-Q1", "amount": 109690},
        {"period": "2025-Q2", "amount": 111400},
        {"period": "2025-Q3", "amount": 110060},
        {"period": "2025-Q4", "amount": 108380},
        {"period": "2026-Q1", "amount": 103070},
        {"period": "2026-Q2", "amount": 108080},
        {"period": "2026-Q3", "amount": 103790}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-09-11",
        "next_review": "2027-03-10",
        "target": 555000,
        "objectives": ["Add the maintenance contract", "Standardise all sites on our platform"],
        "actions": [{"what": "Present the business case to the board", "due": "2027-01-13", "done": false}, {"what": "Pilot on line 3", "due": "2027-02-03", "done": false}]
      },
      "contacts": [
        {"id": "c-0068", "name": "Rita Quinn", "title": "Managing Director", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-12"},
        {"id": "c-0069", "name": "Stefan Bauer", "title": "Head of Procurement", "department": "Operations", "level": "senior", "role": "influencer", "last_contact": "2026-07-22"},
        {"id": "c-0070", "name": "Johanna Bauer", "title": "Purchasing Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-05-16"},
        {"id": "c-0071", "name": "Irene Jovanovic", "title": "Planner", "department": "IT", "level": "staff", "role": "influencer", "last_contact": "2026-11-14"},
        {"id": "c-0072", "name": "Mateus Schneider", "title": "IT Manager", "department": "Production", "level": "manager", "role": "influencer", "last_contact": "2026-11-12"},
        {"id": "c-0073", "name": "Teresa Conti", "title": "Purchasing Manager", "department": "Quality", "level": "manager", "role": "user", "last_contact": "2026-09-13"}
      ],
      "activities": [
        {"id": "x-00179", "date": "2025-06-16", "kind": "email", "contacts": ["c-0071"], "summary": "Shared a case study"},
        {"id": "x-00180", "date": "2025-06-19", "kind": "workshop", "contacts": ["c-0070"], "summary": "Planning workshop on next year"},
        {"id": "x-00181", "date": "2025-09-03", "kind": "workshop", "contacts": ["c-0073"], "summary": "Planning workshop on next year"},
        {"id": "x-00182", "date": "2025-09-03", "kind": "email", "contacts": ["c-0070"], "summary": "Answered questions on terms"},
        {"id": "x-00183", "date": "2025-09-05", "kind": "social", "contacts": ["c-0072"], "summary": "Dinner after the site visit"},
        {"id": "x-00184", "date": "2026-01-02", "kind": "demo", "contacts": ["c-0069"], "summary": "Remote demo of the new release"},
        {"id": "x-00185", "date": "2026-01-05", "kind": "email", "contacts": ["c-0072"], "summary": "Answered questions on terms"},
        {"id": "x-00186", "date": "2026-01-21", "kind": "qbr", "contacts": ["c-0070"], "summary": "Quarterly business review"},
        {"id": "x-00187", "date": "2026-02-28", "kind": "email", "contacts": ["c-0071"], "summary": "Shared a case study"},
        {"id": "x-00188", "date": "2026-03-29", "kind": "meeting", "contacts": ["c-0068"], "summary": "Site visit with the plant manager"},
        {"id": "x-00189", "date": "2026-06-24", "kind": "meeting", "contacts": ["c-0071"], "summary": "Site visit with the plant manager"},
        {"id": "x-00190", "date": "2026-06-27", "kind": "email", "contacts": ["c-0070"], "summary": "Shared a case study"},
        {"id": "x-00191", "date": "2026-07-07", "kind": "email", "contacts": ["c-0073"], "summary": "Shared a case study"},
        {"id": "x-00192", "date": "2026-07-15", "kind": "social", "contacts": ["c-0071"], "summary": "Customer evening at the trade fair"}
      ],
      "opportunities": [
        {"id": "o-0023", "name": "Renewal 2027", "kind": "renewal", "stage": "proposal", "stage_since": "2026-11-19", "amount": 131000, "slips": 0, "contacts": ["c-0068"], "created": "2026-09-02", "close_date": "2027-01-26", "proposal": {"sent": "2026-10-31", "co_created": false}},
        {"id": "o-0024", "name": "Packaging upgrade", "kind": "expansion", "stage": "negotiation", "stage_since": "2026-10-17", "amount": 80000, "slips": 1, "contacts": ["c-0068"], "created": "2026-06-16", "close_date": "2027-01-20", "proposal": {"sent": "2026-10-20", "co_created": false}}
      ]
    },
    {
      "id": "a-022",
      "name": "Lehmann Logistik GmbH",
      "owner": "r-03",
      "industry": "Logistics",
      "tier": "key",
      "since": "2025-09-29",
      "employees": 3871,
      "potential": 495000,
      "revenue": [
        {"period": "2024-Q4", "amount": 116960},
        {"period": "2025-Q1", "amount": 112290},
        {"period": "2025-Q2", "amount": 114710},
        {"period": "2025-Q3", "amount": 111840},
        {"period": "2025-Q4", "amount": 110710},
        {"period": "2026-Q1", "amount": 113660},
        {"period": "2026-Q2", "amount": 117720},
        {"period": "2026-Q3", "amount": 117190}
      ],
      "contacts": [
        {"id": "c-0074", "name": "Agnes Dahlberg", "title": "Managing Director", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-15"},
        {"id": "c-0075", "name": "Rainer Berger", "title": "VP Operations", "department": "Procurement", "level": "senior", "role": "influencer", "last_contact": "2026-09-28"},
        {"id": "c-0076", "name": "Valeria Teixeira", "title": "Quality Manager", "department": "IT", "level": "manager", "role": "user", "last_contact": "2026-09-16"},
        {"id": "c-0077", "name": "Mikael Petersen", "title": "Analyst", "department": "Production", "level": "staff", "role": "influencer", "last_contact": "2026-06-17"},
        {"id": "c-0078", "name": "Otto Conti", "title": "IT Manager", "department": "Quality", "level": "manager", "last_contact": "2026-05-26"}
      ],
      "activities": [
        {"id": "x-00193", "date": "2025-06-28", "kind": "email", "contacts": ["c-0075"], "summary": "Shared a case study"},
        {"id": "x-00194", "date": "2025-07-13", "kind": "social", "contacts": ["c-0074"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00195", "date": "2025-08-13", "kind": "social", "contacts": ["c-0077"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00196", "date": "2025-11-14", "kind": "email", "contacts": ["c-0077"], "summary": "Shared a case study"},
        {"id": "x-00197", "date": "2025-11-15", "kind": "call", "contacts": ["c-0074"], "summary": "Call about the delivery delay"},
        {"id": "x-00198", "date": "2025-12-22", "kind": "call", "contacts": ["c-0075"], "summary": "Quick status call"},
        {"id": "x-00199", "date": "2026-01-16", "kind": "email", "contacts": ["c-0074"], "summary": "Sent the order confirmation"},
        {"id": "x-00200", "date": "2026-01-20", "kind": "demo", "contacts": ["c-0078"], "summary": "Demo for the engineering team"},
        {"id": "x-00201", "date": "2026-05-08", "kind": "email", "contacts": ["c-0078"], "summary": "Sent the price list"},
        {"id": "x-00202", "date": "2026-05-10", "kind": "meeting", "contacts": ["c-0077"], "summary": "Site visit with the plant manager"},
        {"id": "x-00203", "date": "2026-06-12", "kind": "email", "contacts": ["c-0074"], "summary": "Shared a case study"},
        {"id": "x-00204", "date": "2026-06-14", "kind": "demo", "contacts": ["c-0078"], "summary": "Demo for the engineering team"},
        {"id": "x-00205", "date": "2026-07-21", "kind": "email", "contacts": ["c-0075"], "summary": "Sent the order confirmation"},
        {"id": "x-00206", "date": "2026-10-05", "kind": "demo", "contacts": ["c-0078"], "summary": "Demo for the engineering team"}
      ],
      "opportunities": [
        {"id": "o-0025", "name": "Pilot on the second site", "kind": "renewal", "stage": "lost", "stage_since": "2026-10-10", "amount": 115000, "slips": 1, "contacts": ["c-0074"], "created": "2026-03-07", "close_date": "2026-11-19", "proposal": {"sent": "2026-09-15", "co_created": false}},
        {"id": "o-0026", "name": "Spare parts programme", "kind": "expansion", "stage": "won", "stage_since": "2026-09-03", "amount": 99000, "slips": 0, "contacts": ["c-0074"], "created": "2026-07-06", "close_date": "2026-10-21", "proposal": {"sent": "2026-08-22", "co_created": false}}
      ]
    },
    {
      "id": "a-023",
      "name": "Moser Pharma AG",
      "owner": "r-03",
      "industry": "Healthcare",
      "tier": "growth",
      "since": "2020-02-22",
      "employees": 2015,
      "potential": 256000,
      "revenue": [
        {"period": "2024-Q4", "amount": 63930},
        {"period": "2025-Q1", "amount": 64300},
        {"period": "2025-Q2", "amount": 64140},
        {"period": "2025-Q3", "amount": 64590},
        {"period": "2025-Q4", "amount": 61460},
        {"period": "2026-Q1", "amount": 62540},
        {"period": "2026-Q2", "amount": 60070},
        {"period": "2026-Q3", "amount": 57780}
      ],
      "contacts": [
        {"id": "c-0079", "name": "Giorgio Schneider", "title": "COO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-25"},
        {"id": "c-0080", "name": "Tamara Ferrari", "title": "Plant Director", "department": "IT", "level": "senior", "role": "influencer", "last_contact": "2026-07-08"},
        {"id": "c-0081", "name": "Bernd Ivanov", "title": "Logistics Manager", "department": "Production", "level": "manager", "role": "user", "last_contact": "2026-10-25"},
        {"id": "c-0082", "name": "Otto Bauer", "title": "Buyer", "department": "Quality", "level": "staff", "role": "influencer", "last_contact": "2026-10-21"}
      ],
      "activities": [
        {"id": "x-00207", "date": "2025-08-20", "kind": "meeting", "contacts": ["c-0082"], "summary": "Site visit with the plant manager"},
        {"id": "x-00208", "date": "2025-11-07", "kind": "proposal", "contacts": ["c-0081"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00209", "date": "2026-02-18", "kind": "social", "contacts": ["c-0079"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00210", "date": "2026-06-07", "kind": "demo", "contacts": ["c-0081"], "summary": "Remote demo of the new release"},
        {"id": "x-00211", "date": "2026-08-26", "kind": "social", "contacts": ["c-0081"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00212", "date": "2026-09-16", "kind": "social", "contacts": ["c-0081"], "summary": "Dinner after the site visit"}
      ],
      "opportunities": [
        {"id": "o-0027", "name": "Maintenance contract", "kind": "renewal", "stage": "proposal", "stage_since": "2026-10-10", "amount": 57000, "slips": 0, "contacts": ["c-0079"], "created": "2026-02-24", "close_date": "2027-01-05", "proposal": {"sent": "2026-10-29", "co_created": true}}
      ]
    },
    {
      "id": "a-024",
      "name": "Neumann Druck GmbH",
      "owner": "r-03",
      "industry": "Manufacturing",
      "tier": "growth",
      "since": "2021-10-24",
      "employees": 1266,
      "potential": 160000,
      "revenue": [
        {"period": "2024-Q4", "amount": 39420},
        {"period": "2025-Q1", "amount": 39230},
        {"period": "2025-Q2", "amount": 38790},
        {"period": "2025-Q3", "amount": 39630},
        {"period": "2025-Q4", "amount": 39050},
        {"period": "2026-Q1", "amount": 37470},
        {"period": "2026-Q2", "amount": 37920},
        {"period": "2026-Q3", "amount": 38780}
      ],
      "contacts": [
        {"id": "c-0083", "name": "Tamara Gomez", "title": "CEO", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-11-01"},
        {"id": "c-0084", "name": "Giorgio Varga", "title": "Head of IT", "department": "Production", "level": "senior", "role": "influencer", "last_contact": "2026-08-08"},
        {"id": "c-0085", "name": "Wim Dahlberg", "title": "Plant Manager", "department": "Quality", "level": "manager", "role": "user", "last_contact": "2026-09-06"}
      ],
      "activities": [
        {"id": "x-00213", "date": "2025-09-02", "kind": "call", "contacts": ["c-0084"], "summary": "Follow-up call"},
        {"id": "x-00214", "date": "2025-10-26", "kind": "email", "contacts": ["c-0083"], "summary": "Answered questions on terms"},
        {"id": "x-00215", "date": "2026-02-04", "kind": "call", "contacts": ["c-0085"], "summary": "Call about next year's volumes"},
        {"id": "x-00216", "date": "2026-02-20", "kind": "call", "contacts": ["c-0085"], "summary": "Call about the delivery delay"},
        {"id": "x-00217", "date": "2026-05-02", "kind": "proposal", "contacts": ["c-0084"], "summary": "Sent proposal"},
        {"id": "x-00218", "date": "2026-06-12", "kind": "proposal", "contacts": ["c-0084"], "summary": "Sent proposal"},
        {"id": "x-00219", "date": "2026-09-08", "kind": "demo", "contacts": ["c-0085"], "summary": "Remote demo of the new release"},
        {"id": "x-00220", "date": "2026-09-17", "kind": "call", "contacts": ["c-0084"], "summary": "Call about the delivery delay"},
        {"id": "x-00221", "date": "2026-10-22", "kind": "call", "contacts": ["c-0083"], "summary": "Follow-up call"},
        {"id": "x-00222", "date": "2026-10-23", "kind": "email", "contacts": ["c-0084"], "summary": "Sent the price list"}
      ],
      "opportunities": [
        {"id": "o-0028", "name": "Packaging upgrade", "kind": "renewal", "stage": "discovery", "stage_since": "2026-08-29", "amount": 28000, "slips": 1, "contacts": ["c-0083"], "created": "2026-07-02", "close_date": "2027-03-02"}
      ],
      "fields": {
        "nps": 44
      }
    },
    {
      "id": "a-025",
      "name": "Oberland Molkerei eG",
      "owner": "r-03",
      "industry": "Food & Beverage",
      "tier": "core",
      "since": "2019-03-04",
      "employees": 669,
      "potential": 83000,
      "revenue": [
        {"period": "2025-Q2", "amount": 19970},
        {"period": "2025-Q3", "amount": 19840},
        {"period": "2025-Q4", "amount": 19780},
        {"period": "2026-Q1", "amount": 20650},
        {"period": "2026-Q2", "amount": 20150},
        {"period": "2026-Q3", "amount": 20320}
      ],
      "contacts": [
        {"id": "c-0086", "name": "Mateus Keller", "title": "Analyst", "department": "Production", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-13"},
        {"id": "c-0087", "name": "Olivia Marek", "title": "Purchasing Manager", "department": "Quality", "level": "manager", "role": "influencer", "last_contact": "2026-08-31"},
        {"id": "c-0088", "name": "Wim Zeller", "title": "Purchasing Manager", "department": "Finance", "level": "manager", "last_contact": "2026-08-03"}
      ],
      "activities": [
        {"id": "x-00223", "date": "2025-10-22", "kind": "proposal", "contacts": ["c-0088"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00224", "date": "2025-11-21", "kind": "email", "contacts": ["c-0086"], "summary": "Sent the order confirmation"},
        {"id": "x-00225", "date": "2026-02-11", "kind": "email", "contacts": ["c-0086"], "summary": "Sent the price list"},
        {"id": "x-00226", "date": "2026-11-08", "kind": "demo", "contacts": ["c-0088"], "summary": "Demo for the engineering team"}
      ],
      "opportunities": []
    },
    {
      "id": "a-026",
      "name": "Pfeiffer Glas GmbH",
      "owner": "r-03",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2019-12-28",
      "employees": 714,
      "potential": 89000,
      "revenue": [
        {"period": "2025-Q2", "amount": 21900},
        {"period": "2025-Q3", "amount": 20940},
        {"period": "2025-Q4", "amount": 21460},
        {"period": "2026-Q1", "amount": 22260},
        {"period": "2026-Q2", "amount": 21370},
        {"period": "2026-Q3", "amount": 22400}
      ],
      "contacts": [
        {"id": "c-0089", "name": "Katrin Kaiser", "title": "COO", "department": "Quality", "level": "executive", "role": "decision_maker", "last_contact": "2026-06-18"},
        {"id": "c-0090", "name": "Carlos Nowak", "title": "Plant Manager", "department": "Finance", "level": "manager", "role": "influencer", "last_contact": "2026-07-09"}
      ],
      "activities": [
        {"id": "x-00227", "date": "2025-10-14", "kind": "call", "contacts": ["c-0090"], "summary": "Call about the delivery delay"},
        {"id": "x-00228", "date": "2025-12-24", "kind": "email", "contacts": ["c-0090"], "summary": "Answered questions on terms"},
        {"id": "x-00229", "date": "2026-02-16", "kind": "demo", "contacts": ["c-0089"], "summary": "Demo for the engineering team"},
        {"id": "x-00230", "date": "2026-06-19", "kind": "email", "contacts": ["c-0090"], "summary": "Shared a case study"},
        {"id": "x-00231", "date": "2026-07-07", "kind": "call", "contacts": ["c-0090"], "summary": "Follow-up call"}
      ],
      "opportunities": []
    },
    {
      "id": "a-027",
      "name": "Quast Software GmbH",
      "owner": "r-03",
      "industry": "Technology",
      "tier": "core",
      "since": "2019-08-10",
      "employees": 621,
      "potential": 77000,
      "revenue": [
        {"period": "2025-Q2", "amount": 18940},
        {"period": "2025-Q3", "amount": 18650},
        {"period": "2025-Q4", "amount": 19200},
        {"period": "2026-Q1", "amount": 18730},
        {"period": "2026-Q2", "amount": 18790},
        {"period": "2026-Q3", "amount": 18430}
      ],
      "contacts": [
        {"id": "c-0091", "name": "Igor Keller", "title": "Coordinator", "department": "Finance", "level": "staff", "role": "decision_maker", "last_contact": "2026-08-22"},
        {"id": "c-0092", "name": "Jan Haas", "title": "Quality Manager", "department": "Operations", "level": "manager", "role": "influencer", "last_contact": "2026-07-19"},
        {"id": "c-0093", "name": "Rita Albrecht", "title": "Purchasing Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-06-20"}
      ],
      "activities": [
        {"id": "x-00232", "date": "2025-07-14", "kind": "email", "contacts": ["c-0093"], "summary": "Shared a case study"},
        {"id": "x-00233", "date": "2025-08-23", "kind": "demo", "contacts": ["c-0092"], "summary": "Remote demo of the new release"},
        {"id": "x-00234", "date": "2025-12-08", "kind": "meeting", "contacts": ["c-0092"], "summary": "Site visit with the plant manager"},
        {"id": "x-00235", "date": "2026-04-09", "kind": "demo", "contacts": ["c-0092"], "summary": "Demo for the engineering team"},
        {"id": "x-00236", "date": "2026-10-20", "kind": "call", "contacts": ["c-0093"], "summary": "Call about the delivery delay"}
      ],
      "opportunities": []
    },
    {
      "id": "a-028",
      "name": "Reiter Hotels GmbH",
      "owner": "r-03",
      "industry": "Hospitality",
      "tier": "core",
      "since": "2020-05-29",
      "employees": 632,
      "potential": 78000,
      "revenue": [
        {"period": "2025-Q2", "amount": 19490},
        {"period": "2025-Q3", "amount": 19050},
        {"period": "2025-Q4", "amount": 19330},
        {"period": "2026-Q1", "amount": 18730},
        {"period": "2026-Q2", "amount": 18170},
        {"period": "2026-Q3", "amount": 19010}
      ],
      "contacts": [
        {"id": "c-0094", "name": "Frida Berger", "title": "Managing Director", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-28"},
        {"id": "c-0095", "name": "Tamara Richter", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-09-13"},
        {"id": "c-0096", "name": "Lars Marek", "title": "Quality Manager", "department": "IT", "level": "manager", "role": "influencer", "last_contact": "2026-10-01"},
        {"id": "c-0097", "name": "Helena Varga", "title": "Analyst", "department": "Production", "level": "staff", "last_contact": "2026-10-26"}
      ],
      "activities": [
        {"id": "x-00237", "date": "2026-01-31", "kind": "meeting", "contacts": ["c-0095"], "summary": "Met the operations team"},
        {"id": "x-00238", "date": "2026-04-29", "kind": "email", "contacts": ["c-0097"], "summary": "Sent the price list"},
        {"id": "x-00239", "date": "2026-07-08", "kind": "qbr", "contacts": ["c-0096"], "summary": "Quarterly business review"},
        {"id": "x-00240", "date": "2026-08-15", "kind": "demo", "contacts": ["c-0095"], "summary": "Demo for the engineering team"},
        {"id": "x-00241", "date": "2026-10-11", "kind": "email", "contacts": ["c-0096"], "summary": "Sent the price list"}
      ],
      "opportunities": []
    },
    {
      "id": "a-029",
      "name": "Seidl Metallbau GmbH",
      "owner": "r-03",
      "industry": "Construction",
      "tier": "transactional",
      "since": "2018-02-23",
      "employees": 230,
      "potential": 27000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6730},
        {"period": "2026-Q1", "amount": 6890},
        {"period": "2026-Q2", "amount": 7080},
        {"period": "2026-Q3", "amount": 7110}
      ],
      "contacts": [
        {"id": "c-0098", "name": "Paula Bauer", "title": "Managing Director", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-30"},
        {"id": "c-0099", "name": "Wim Keller", "title": "Plant Manager", "department": "IT", "level": "manager", "role": "influencer", "last_contact": "2026-06-29"}
      ],
      "activities": [
        {"id": "x-00242", "date": "2025-10-30", "kind": "social", "contacts": ["c-0098"], "summary": "Dinner after the site visit"},
        {"id": "x-00243", "date": "2026-04-30", "kind": "meeting", "contacts": ["c-0098"], "summary": "Lunch with the sponsor"},
        {"id": "x-00244", "date": "2026-06-25", "kind": "qbr", "contacts": ["c-0098"], "summary": "Quarterly business review"}
      ],
      "opportunities": []
    },
    {
      "id": "a-030",
      "name": "Thaler Chemie AG",
      "owner": "r-03",
      "industry": "Chemicals",
      "tier": "transactional",
      "since": "2020-03-19",
      "employees": 164,
      "potential": 18000,
      "revenue": [
        {"period": "2025-Q4", "amount": 4410},
        {"period": "2026-Q1", "amount": 4300},
        {"period": "2026-Q2", "amount": 4320},
        {"period": "2026-Q3", "amount": 4200}
      ],
      "contacts": [
        {"id": "c-0100", "name": "Laura Moretti", "title": "CIO", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-02"}
      ],
      "activities": [
        {"id": "x-00245", "date": "2026-09-11", "kind": "email", "contacts": ["c-0100"], "summary": "Shared a case study"}
      ],
      "opportunities": [
        {"id": "o-0029", "name": "Service level upgrade", "kind": "new_business", "stage": "qualification", "stage_since": "2026-11-02", "amount": 4000, "slips": 0, "contacts": ["c-0100"], "created": "2026-08-08", "close_date": "2027-03-26"}
      ]
    },
    {
      "id": "a-031",
      "name": "Adamek Stavby s.r.o.",
      "owner": "r-04",
      "industry": "Construction",
      "tier": "growth",
      "since": "2019-03-17",
      "employees": 2088,
      "potential": 265000,
      "revenue": [
        {"period": "2024-Q4", "amount": 66680},
        {"period": "2025-Q1", "amount": 65050},
        {"period": "2025-Q2", "amount": 62280},
        {"period": "2025-Q3", "amount": 63880},
        {"period": "2025-Q4", "amount": 62920},
        {"period": "2026-Q1", "amount": 60640},
        {"period": "2026-Q2", "amount": 60770},
        {"period": "2026-Q3", "amount": 63620}
      ],
      "contacts": [
        {"id": "c-0101", "name": "Leonor Engel", "title": "CEO", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-05-18"},
        {"id": "c-0102", "name": "Ulrich Quinn", "title": "IT Manager", "department": "Operations", "level": "manager", "role": "influencer", "last_contact": "2026-10-03"},
        {"id": "c-0103", "name": "Henrik Marek", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-07-05"},
        {"id": "c-0104", "name": "Chiara Krüger", "title": "Planner", "department": "IT", "level": "staff", "last_contact": "2026-07-19"},
        {"id": "c-0105", "name": "Teresa Albrecht", "title": "Purchasing Manager", "department": "Production", "level": "manager", "last_contact": "2026-08-31"}
      ],
      "activities": [
        {"id": "x-00246", "date": "2025-09-13", "kind": "email", "contacts": ["c-0101"], "summary": "Sent the price list"},
        {"id": "x-00247", "date": "2026-01-01", "kind": "email", "contacts": ["c-0103"], "summary": "Sent the price list"},
        {"id": "x-00248", "date": "2026-02-08", "kind": "meeting", "contacts": ["c-0105"], "summary": "Site visit with the plant manager"},
        {"id": "x-00249", "date": "2026-04-13", "kind": "social", "contacts": ["c-0102"], "summary": "Dinner after the site visit"},
        {"id": "x-00250", "date": "2026-07-12", "kind": "demo", "contacts": ["c-0102"], "summary": "Demo for the engineering team"},
        {"id": "x-00251", "date": "2026-08-31", "kind": "demo", "contacts": ["c-0104"], "summary": "Demo for the engineering team"},
        {"id": "x-00252", "date": "2026-11-02", "kind": "meeting", "contacts": ["c-0102"], "summary": "Lunch with the sponsor"}
      ],
      "opportunities": [
        {"id": "o-0030", "name": "Service level upgrade", "kind": "new_business", "stage": "qualification", "stage_since": "2026-10-24", "amount": 29000, "slips": 1, "contacts": ["c-0101"], "created": "2026-06-14", "close_date": "2027-01-17"},
        {"id": "o-0031", "name": "Spare parts programme", "kind": "renewal", "stage": "won", "stage_since": "2026-11-02", "amount": 38000, "slips": 0, "contacts": ["c-0101"], "created": "2026-09-20", "close_date": "2026-10-19", "proposal": {"sent": "2026-11-04", "co_created": false}}
      ]
    },
    {
      "id": "a-032",
      "name": "Bartos Potraviny a.s.",
      "owner": "r-04",
      "industry": "Food & Beverage",
      "tier": "core",
      "since": "2019-12-23",
      "employees": 904,
      "potential": 113000,
      "revenue": [
        {"period": "2025-Q2", "amount": 28310},
        {"period": "2025-Q3", "amount": 29200},
        {"period": "2025-Q4", "amount": 28310},
        {"period": "2026-Q1", "amount": 27550},
        {"period": "2026-Q2", "amount": 26300},
        {"period": "2026-Q3", "amount": 27270}
      ],
      "contacts": [
        {"id": "c-0106", "name": "Rita Sousa", "title": "Coordinator", "department": "Operations", "level": "staff", "role": "decision_maker", "last_contact": "2026-08-02"}
      ],
      "activities": [
        {"id": "x-00253", "date": "2025-08-04", "kind": "social", "contacts": ["c-0106"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00254", "date": "2026-09-02", "kind": "proposal", "contacts": ["c-0106"], "summary": "Sent proposal"}
      ],
      "opportunities": []
    },
    {
      "id": "a-033",
      "name": "Cerny Logistika s.r.o.",
      "owner": "r-04",
      "industry": "Logistics",
      "tier": "core",
      "since": "2025-09-13",
      "employees": 680,
      "potential": 84000,
      "revenue": [
        {"period": "2025-Q2", "amount": 20690},
        {"period": "2025-Q3", "amount": 21310},
        {"period": "2025-Q4", "amount": 20540},
        {"period": "2026-Q1", "amount": 20380},
        {"period": "2026-Q2", "amount": 19950},
        {"period": "2026-Q3", "amount": 19440}
      ],
      "contacts": [
        {"id": "c-0107", "name": "Sven Moretti", "title": "Process Engineer", "department": "Procurement", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-28"},
        {"id": "c-0108", "name": "Bernd Olsen", "title": "Plant Manager", "department": "IT", "level": "manager", "role": "influencer", "last_contact": "2026-11-16"},
        {"id": "c-0109", "name": "Laura Quinn", "title": "Purchasing Manager", "department": "Production", "level": "manager", "role": "user", "last_contact": "2026-07-23"},
        {"id": "c-0110", "name": "Frida Ivanov", "title": "Planner", "department": "Quality", "level": "staff", "last_contact": "2026-08-28"}
      ],
      "activities": [
        {"id": "x-00255", "date": "2025-08-27", "kind": "meeting", "contacts": ["c-0109"], "summary": "Account review at their office"},
        {"id": "x-00256", "date": "2025-12-13", "kind": "proposal", "contacts": ["c-0107"], "summary": "Sent revised quote"},
        {"id": "x-00257", "date": "2026-04-03", "kind": "demo", "contacts": ["c-0109"], "summary": "Remote demo of the new release"},
        {"id": "x-00258", "date": "2026-08-01", "kind": "email", "contacts": ["c-0107"], "summary": "Sent the price list"},
        {"id": "x-00259", "date": "2026-08-26", "kind": "workshop", "contacts": ["c-0108"], "summary": "Value workshop with operations"},
        {"id": "x-00260", "date": "2026-09-04", "kind": "proposal", "contacts": ["c-0109"], "summary": "Sent proposal"},
        {"id": "x-00261", "date": "2026-11-11", "kind": "social", "contacts": ["c-0110"], "summary": "Dinner after the site visit"}
      ],
      "opportunities": []
    },
    {
      "id": "a-034",
      "name": "Dvorak Plast s.r.o.",
      "owner": "r-04",
      "industry": "Chemicals",
      "tier": "core",
      "since": "2022-01-17",
      "employees": 856,
      "potential": 107000,
      "revenue": [
        {"period": "2025-Q2", "amount": 25160},
        {"period": "2025-Q3", "amount": 26060},
        {"period": "2025-Q4", "amount": 27340},
        {"period": "2026-Q1", "amount": 27720},
        {"period": "2026-Q2", "amount": 27050},
        {"period": "2026-Q3", "amount": 26630}
      ],
      "contacts": [
        {"id": "c-0111", "name": "Viktor Bauer", "title": "Planner", "department": "IT", "level": "staff", "role": "decision_maker", "last_contact": "2026-07-26"},
        {"id": "c-0112", "name": "Agnes Jensen", "title": "Plant Manager", "department": "Production", "level": "manager", "role": "influencer", "last_contact": "2026-06-07"},
        {"id": "c-0113", "name": "Sven Bauer", "title": "Logistics Manager", "department": "Quality", "level": "manager", "role": "user", "last_contact": "2026-11-05"},
        {"id": "c-0114", "name": "Rainer Olsen", "title": "Planner", "department": "Finance", "level": "staff", "role": "user", "last_contact": "2026-08-02"}
      ],
      "activities": [
        {"id": "x-00262", "date": "2026-04-01", "kind": "social", "contacts": ["c-0111"], "summary": "Dinner after the site visit"},
        {"id": "x-00263", "date": "2026-09-17", "kind": "call", "contacts": ["c-0111"], "summary": "Call about the delivery delay"}
      ],
      "opportunities": [],
      "fields": {
        "nps": 49
      }
    },
    {
      "id": "a-035",
      "name": "Esterházy Bor Kft",
      "owner": "r-04",
      "industry": "Food & Beverage",
      "tier": "core",
      "since": "2024-01-08",
      "employees": 656,
      "potential": 81000,
      "revenue": [
        {"period": "2025-Q2", "amount": 19630},
        {"period": "2025-Q3", "amount": 20480},
        {"period": "2025-Q4", "amount": 21390},
        {"period": "2026-Q1", "amount": 20350},
        {"period": "2026-Q2", "amount": 21020},
        {"period": "2026-Q3", "amount": 21450}
      ],
      "contacts": [
        {"id": "c-0115", "name": "Katrin Nowak", "title": "CEO", "department": "Production", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-18"},
        {"id": "c-0116", "name": "Sara Pinto", "title": "Logistics Manager", "department": "Quality", "level": "manager", "role": "influencer", "last_contact": "2026-08-14"},
        {"id": "c-0117", "name": "Greta Lindgren", "title": "Purchasing Manager", "department": "Finance", "level": "manager", "role": "influencer", "last_contact": "2026-09-17"},
        {"id": "c-0118", "name": "Mikael Haas", "title": "Planner", "department": "Operations", "level": "staff", "role": "influencer", "last_contact": "2026-05-14"}
      ],
      "activities": [
        {"id": "x-00264", "date": "2025-08-30", "kind": "meeting", "contacts": ["c-0116"], "summary": "Account review at their office"},
        {"id": "x-00265", "date": "2026-08-31", "kind": "demo", "contacts": ["c-0117"], "summary": "Remote demo of the new release"}
      ],
      "opportunities": [
        {"id": "o-0032", "name": "Packaging upgrade", "kind": "expansion", "stage": "won", "stage_since": "2026-09-29", "amount": 25000, "slips": 0, "contacts": ["c-0115"], "created": "2026-03-03", "close_date": "2026-10-19", "proposal": {"sent": "2026-08-26", "co_created": false}}
      ]
    },
    {
      "id": "a-036",
      "name": "Fekete Gépgyár Zrt",
      "owner": "r-04",
      "industry": "Manufacturing",
      "tier": "transactional",
      "since": "2020-03-30",
      "employees": 199,
      "potential": 23000,
      "revenue": [
        {"period": "2025-Q4", "amount": 5540},
        {"period": "2026-Q1", "amount": 5700},
        {"period": "2026-Q2", "amount": 5770},
        {"period": "2026-Q3", "amount": 6020}
      ],
      "contacts": [
        {"id": "c-0119", "name": "Agnes Quinn", "title": "Analyst", "department": "Quality", "level": "staff", "role": "decision_maker", "last_contact": "2026-07-01"}
      ],
      "activities": [
        {"id": "x-00266", "date": "2025-07-10", "kind": "demo", "contacts": ["c-0119"], "summary": "Demo for the engineering team"},
        {"id": "x-00267", "date": "2025-07-22", "kind": "qbr", "contacts": ["c-0119"], "summary": "QBR with their leadership team"}
      ],
      "opportunities": [
        {"id": "o-0033", "name": "Spare parts programme", "kind": "expansion", "stage": "won", "stage_since": "2026-11-15", "amount": 6000, "slips": 0, "contacts": ["c-0119"], "created": "2026-05-12", "close_date": "2026-11-07", "proposal": {"sent": "2026-08-13", "co_created": false}}
      ]
    },
    {
      "id": "a-037",
      "name": "Gorski Meble Sp. z o.o.",
      "owner": "r-04",
      "industry": "Manufacturing",
      "tier": "transactional",
      "since": "2019-11-28",
      "employees": 241,
      "potential": 28000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6640},
        {"period": "2026-Q1", "amount": 6860},
        {"period": "2026-Q2", "amount": 7100},
        {"period": "2026-Q3", "amount": 7000}
      ],
      "contacts": [
        {"id": "c-0120", "name": "Johanna Haas", "title": "Managing Director", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-03"}
      ],
      "activities": [
        {"id": "x-00268", "date": "2025-07-15", "kind": "email", "contacts": ["c-0120"], "summary": "Sent the price list"},
        {"id": "x-00269", "date": "2026-02-12", "kind": "email", "contacts": ["c-0120"], "summary": "Sent the order confirmation"},
        {"id": "x-00270", "date": "2026-05-25", "kind": "workshop", "contacts": ["c-0120"], "summary": "Value workshop with operations"}
      ],
      "opportunities": []
    },
    {
      "id": "a-038",
      "name": "Horvat Turizam d.o.o.",
      "owner": "r-04",
      "industry": "Hospitality",
      "tier": "transactional",
      "since": "2018-04-21",
      "employees": 246,
      "potential": 29000,
      "revenue": [
        {"period": "2025-Q4", "amount": 7150},
        {"period": "2026-Q1", "amount": 7340},
        {"period": "2026-Q2", "amount": 7370},
        {"period": "2026-Q3", "amount": 7130}
      ],
      "contacts": [
        {"id": "c-0121", "name": "Ewa Wolff", "title": "Buyer", "department": "Operations", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-18"},
        {"id": "c-0122", "name": "Olivia Albrecht", "title": "Plant Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-08-26"}
      ],
      "activities": [],
      "opportunities": [
        {"id": "o-0034", "name": "Renewal 2027", "kind": "expansion", "stage": "won", "stage_since": "2026-10-05", "amount": 4000, "slips": 0, "contacts": ["c-0121"], "created": "2026-08-22", "close_date": "2026-11-01", "proposal": {"sent": "2026-10-11", "co_created": false}}
      ]
    },
    {
      "id": "a-039",
      "name": "Ivanova Pharm OOD",
      "owner": "r-04",
      "industry": "Healthcare",
      "tier": "transactional",
      "since": "2018-05-05",
      "employees": 221,
      "potential": 25000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6060},
        {"period": "2026-Q1", "amount": 6120},
        {"period": "2026-Q2", "amount": 6270},
        {"period": "2026-Q3", "amount": 6340}
      ],
      "contacts": [
        {"id": "c-0123", "name": "Wim Amato", "title": "CEO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-12"},
        {"id": "c-0124", "name": "Ewa Dietrich", "title": "Quality Manager", "department": "IT", "level": "manager", "role": "influencer", "last_contact": "2026-08-18"}
      ],
      "activities": [
        {"id": "x-00271", "date": "2026-05-23", "kind": "email", "contacts": ["c-0123"], "summary": "Answered questions on terms"}
      ],
      "opportunities": []
    },
    {
      "id": "a-040",
      "name": "Jelinek Energie a.s.",
      "owner": "r-04",
      "industry": "Energy",
      "tier": "core",
      "since": "2020-04-01",
      "employees": 740,
      "potential": 92000,
      "revenue": [
        {"period": "2025-Q2", "amount": 23480},
        {"period": "2025-Q3", "amount": 24190},
        {"period": "2025-Q4", "amount": 24520},
        {"period": "2026-Q1", "amount": 24360},
        {"period": "2026-Q2", "amount": 23860},
        {"period": "2026-Q3", "amount": 24020}
      ],
      "contacts": [
        {"id": "c-0125", "name": "Carlos Petersen", "title": "Process Engineer", "department": "IT", "level": "staff", "role": "decision_maker", "last_contact": "2026-09-18"},
        {"id": "c-0126", "name": "Helena Teixeira", "title": "Plant Manager", "department": "Production", "level": "manager", "role": "influencer", "last_contact": "2026-07-04"},
        {"id": "c-0127", "name": "Paula Albrecht", "title": "IT Manager", "department": "Quality", "level": "manager", "last_contact": "2026-09-18"},
        {"id": "c-0128", "name": "Frida Teixeira", "title": "Process Engineer", "department": "Finance", "level": "staff", "role": "user", "last_contact": "2026-06-13"}
      ],
      "activities": [
        {"id": "x-00272", "date": "2025-07-05", "kind": "workshop", "contacts": ["c-0128"], "summary": "Value workshop with operations"},
        {"id": "x-00273", "date": "2025-12-12", "kind": "proposal", "contacts": ["c-0128"], "summary": "Sent proposal"},
        {"id": "x-00274", "date": "2026-04-16", "kind": "proposal", "contacts": ["c-0126"], "summary": "Sent revised quote"}
      ],
      "opportunities": [
        {"id": "o-0035", "name": "Packaging upgrade", "kind": "new_business", "stage": "negotiation", "stage_since": "2026-11-11", "amount": 11000, "slips": 0, "contacts": ["c-0125"], "created": "2026-05-16", "close_date": "2027-03-17", "proposal": {"sent": "2026-11-16", "co_created": false}}
      ]
    },
    {
      "id": "a-041",
      "name": "Aurelio Vini Srl",
      "owner": "r-05",
      "industry": "Food & Beverage",
      "tier": "key",
      "since": "2025-12-04",
      "employees": 5109,
      "potential": 654000,
      "revenue": [
        {"period": "2024-Q4", "amount": 158860},
        {"period": "2025-Q1", "amount": 165730},
        {"period": "2025-Q2", "amount": 171310},
        {"period": "2025-Q3", "amount": 179300},
        {"period": "2025-Q4", "amount": 182350},
        {"period": "2026-Q1", "amount": 186520},
        {"period": "2026-Q2", "amount": 180920},
        {"period": "2026-Q3", "amount": 181530}
      ],
      "contacts": [
        {"id": "c-0129", "name": "Paula Wiśniewska", "title": "CEO", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-13"},
        {"id": "c-0130", "name": "Rainer Ortega", "title": "Logistics Manager", "department": "Operations", "level": "manager", "role": "influencer", "last_contact": "2026-06-04"},
        {"id": "c-0131", "name": "Emil Berger", "title": "IT Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-08-04"},
        {"id": "c-0132", "name": "Henrik Ivanov", "title": "Coordinator", "department": "IT", "level": "staff", "last_contact": "2026-09-28"},
        {"id": "c-0133", "name": "Dirk Eriksen", "title": "Quality Manager", "department": "Production", "level": "manager", "role": "influencer", "last_contact": "2026-06-28"},
        {"id": "c-0134", "name": "Ulrich Berger", "title": "Purchasing Manager", "department": "Quality", "level": "manager", "role": "influencer", "last_contact": "2026-06-15"},
        {"id": "c-0135", "name": "Elif Sousa", "title": "Process Engineer", "department": "Finance", "level": "staff", "last_contact": "2026-08-15"},
        {"id": "c-0136", "name": "Dirk Lund", "title": "IT Manager", "department": "Operations", "level": "manager", "role": "user", "last_contact": "2026-09-11"}
      ],
      "activities": [
        {"id": "x-00275", "date": "2025-06-05", "kind": "social", "contacts": ["c-0132"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00276", "date": "2025-07-02", "kind": "demo", "contacts": ["c-0135"], "summary": "Demo for the engineering team"},
        {"id": "x-00277", "date": "2025-09-14", "kind": "call", "contacts": ["c-0135"], "summary": "Call about next year's volumes"},
        {"id": "x-00278", "date": "2025-10-17", "kind": "qbr", "contacts": ["c-0133"], "summary": "QBR with their leadership team"},
        {"id": "x-00279", "date": "2025-10-23", "kind": "demo", "contacts": ["c-0132"], "summary": "Demo for the engineering team"},
        {"id": "x-00280", "date": "2025-10-30", "kind": "proposal", "contacts": ["c-0133"], "summary": "Sent revised quote"},
        {"id": "x-00281", "date": "2025-11-19", "kind": "meeting", "contacts": ["c-0130"], "summary": "Lunch with the sponsor"},
        {"id": "x-00282", "date": "2025-11-25", "kind": "proposal", "contacts": ["c-0129"], "summary": "Sent proposal"},
        {"id": "x-00283", "date": "2026-01-02", "kind": "email", "contacts": ["c-0136"], "summary": "Sent the order confirmation"},
        {"id": "x-00284", "date": "2026-01-23", "kind": "qbr", "contacts": ["c-0135"], "summary": "QBR with their leadership team"},
        {"id": "x-00285", "date": "2026-02-09", "kind": "proposal", "contacts": ["c-0136"], "summary": "Sent proposal"},
        {"id": "x-00286", "date": "2026-02-14", "kind": "call", "contacts": ["c-0130"], "summary": "Call about next year's volumes"},
        {"id": "x-00287", "date": "2026-02-25", "kind": "social", "contacts": ["c-0136"], "summary": "Dinner after the site visit"},
        {"id": "x-00288", "date": "2026-04-03", "kind": "proposal", "contacts": ["c-0131"], "summary": "Sent revised quote"},
        {"id": "x-00289", "date": "2026-04-05", "kind": "email", "contacts": ["c-0132"], "summary": "Shared a case study"},
        {"id": "x-00290", "date": "2026-04-21", "kind": "workshop", "contacts": ["c-0132"], "summary": "Value workshop with operations"},
        {"id": "x-00291", "date": "2026-05-25", "kind": "email", "contacts": ["c-0132"], "summary": "Sent the order confirmation"},
        {"id": "x-00292", "date": "2026-07-10", "kind": "meeting", "contacts": ["c-0134"], "summary": "Lunch with the sponsor"},
        {"id": "x-00293", "date": "2026-07-22", "kind": "social", "contacts": ["c-0131"], "summary": "Dinner after the site visit"},
        {"id": "x-00294", "date": "2026-09-05", "kind": "workshop", "contacts": ["c-0133"], "summary": "Planning workshop on next year"},
        {"id": "x-00295", "date": "2026-09-21", "kind": "email", "contacts": ["c-0131"], "summary": "Sent the price list"},
        {"id": "x-00296", "date": "2026-10-14", "kind": "proposal", "contacts": ["c-0133"], "summary": "Sent revised quote"}
      ],
      "opportunities": [
        {"id": "o-0036", "name": "Maintenance contract", "kind": "new_business", "stage": "discovery", "stage_since": "2026-11-19", "amount": 203000, "slips": 0, "contacts": ["c-0129"], "created": "2026-02-22", "close_date": "2027-03-09"},
        {"id": "o-0037", "name": "Renewal 2027", "kind": "new_business", "stage": "discovery", "stage_since": "2026-10-25", "amount": 167000, "slips": 0, "contacts": ["c-0129"], "created": "2026-08-14", "close_date": "2027-02-10"}
      ]
    },
    {
      "id": "a-042",
      "name": "Benedetti Arredi Srl",
      "owner": "r-05",
      "industry": "Manufacturing",
      "tier": "growth",
      "since": "2019-10-28",
      "employees": 1632,
      "potential": 207000,
      "revenue": [
        {"period": "2024-Q4", "amount": 49680},
        {"period": "2025-Q1", "amount": 51790},
        {"period": "2025-Q2", "amount": 51090},
        {"period": "2025-Q3", "amount": 52860},
        {"period": "2025-Q4", "amount": 54740},
        {"period": "2026-Q1", "amount": 53170},
        {"period": "2026-Q2", "amount": 55570},
        {"period": "2026-Q3", "amount": 56510}
      ],
      "contacts": [
        {"id": "c-0137", "name": "Nadia Rinaldi", "title": "CEO", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-05-21"},
        {"id": "c-0138", "name": "Dirk Sousa", "title": "IT Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-09-29"},
        {"id": "c-0139", "name": "Giorgio Lund", "title": "Purchasing Manager", "department": "IT", "level": "manager", "last_contact": "2026-11-08"},
        {"id": "c-0140", "name": "Sara Albrecht", "title": "Coordinator", "department": "Production", "level": "staff", "role": "user", "last_contact": "2026-07-12"}
      ],
      "activities": [
        {"id": "x-00297", "date": "2025-08-26", "kind": "email", "contacts": ["c-0137"], "summary": "Sent the order confirmation"},
        {"id": "x-00298", "date": "2025-09-02", "kind": "workshop", "contacts": ["c-0139"], "summary": "Planning workshop on next year"},
        {"id": "x-00299", "date": "2026-01-25", "kind": "email", "contacts": ["c-0140"], "summary": "Shared a case study"},
        {"id": "x-00300", "date": "2026-04-01", "kind": "meeting", "contacts": ["c-0137"], "summary": "Site visit with the plant manager"},
        {"id": "x-00301", "date": "2026-04-19", "kind": "demo", "contacts": ["c-0140"], "summary": "Demo for the engineering team"},
        {"id": "x-00302", "date": "2026-05-02", "kind": "email", "contacts": ["c-0140"], "summary": "Sent the order confirmation"},
        {"id": "x-00303", "date": "2026-05-04", "kind": "call", "contacts": ["c-0137"], "summary": "Quick status call"},
        {"id": "x-00304", "date": "2026-05-05", "kind": "workshop", "contacts": ["c-0137"], "summary": "Planning workshop on next year"},
        {"id": "x-00305", "date": "2026-05-23", "kind": "workshop", "contacts": ["c-0140"], "summary": "Value workshop with operations"},
        {"id": "x-00306", "date": "2026-06-08", "kind": "call", "contacts": ["c-0138"], "summary": "Follow-up call"},
        {"id": "x-00307", "date": "2026-07-31", "kind": "qbr", "contacts": ["c-0138"], "summary": "Quarterly business review"},
        {"id": "x-00308", "date": "2026-11-06", "kind": "call", "contacts": ["c-0140"], "summary": "Call about the delivery delay"}
      ],
      "opportunities": [
        {"id": "o-0038", "name": "Maintenance contract", "kind": "expansion", "stage": "proposal", "stage_since": "2026-09-04", "amount": 48000, "slips": 0, "contacts": ["c-0137"], "created": "2026-03-29", "close_date": "2027-01-11", "proposal": {"sent": "2026-10-10", "co_created": false}},
        {"id": "o-0039", "name": "Framework agreement 2027", "kind": "expansion", "stage": "negotiation", "stage_since": "2026-09-04", "amount": 36000, "slips": 0, "contacts": ["c-0137"], "created": "2026-05-17", "close_date": "2027-02-25", "proposal": {"sent": "2026-11-16", "co_created": true}}
      ]
    },
    {
      "id": "a-043",
      "name": "Colombo Trasporti SpA",
      "owner": "r-05",
      "industry": "Logistics",
      "tier": "growth",
      "since": "2018-05-03",
      "employees": 1287,
      "potential": 162000,
      "revenue": [
        {"period": "2024-Q4", "amount": 37980},
        {"period": "2025-Q1", "amount": 36570},
        {"period": "2025-Q2", "amount": 37560},
        {"period": "2025-Q3", "amount": 37650},
        {"period": "2025-Q4", "amount": 37880},
        {"period": "2026-Q1", "amount": 39320},
        {"period": "2026-Q2", "amount": 40280},
        {"period": "2026-Q3", "amount": 40520}
      ],
      "contacts": [
        {"id": "c-0141", "name": "Nadia Ferrari", "title": "CIO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-27"},
        {"id": "c-0142", "name": "Viktor Ivanov", "title": "Plant Manager", "department": "IT", "level": "manager", "role": "influencer", "last_contact": "2026-06-11"},
        {"id": "c-0143", "name": "Zoltan Dietrich", "title": "Plant Manager", "department": "Production", "level": "manager", "last_contact": "2026-11-14"}
      ],
      "activities": [
        {"id": "x-00309", "date": "2025-07-21", "kind": "proposal", "contacts": ["c-0142"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00310", "date": "2025-08-06", "kind": "proposal", "contacts": ["c-0142"], "summary": "Sent proposal"},
        {"id": "x-00311", "date": "2025-10-24", "kind": "call", "contacts": ["c-0142"], "summary": "Follow-up call"},
        {"id": "x-00312", "date": "2026-01-13", "kind": "demo", "contacts": ["c-0141"], "summary": "Remote demo of the new release"},
        {"id": "x-00313", "date": "2026-04-28", "kind": "demo", "contacts": ["c-0142"], "summary": "Demo for the engineering team"},
        {"id": "x-00314", "date": "2026-06-16", "kind": "email", "contacts": ["c-0143"], "summary": "Sent the order confirmation"},
        {"id": "x-00315", "date": "2026-06-25", "kind": "meeting", "contacts": ["c-0141"], "summary": "Lunch with the sponsor"},
        {"id": "x-00316", "date": "2026-07-17", "kind": "call", "contacts": ["c-0143"], "summary": "Call about next year's volumes"},
        {"id": "x-00317", "date": "2026-10-15", "kind": "demo", "contacts": ["c-0141"], "summary": "Remote demo of the new release"}
      ],
      "opportunities": [
        {"id": "o-0040", "name": "Pilot on the second site", "kind": "new_business", "stage": "discovery", "stage_since": "2026-09-16", "amount": 32000, "slips": 0, "contacts": ["c-0141"], "created": "2026-05-11", "close_date": "2027-03-05"},
        {"id": "o-0041", "name": "Line retrofit", "kind": "expansion", "stage": "lost", "stage_since": "2026-11-14", "amount": 21000, "slips": 0, "contacts": ["c-0141"], "created": "2026-06-07", "close_date": "2026-11-16", "proposal": {"sent": "2026-08-28", "co_created": false}}
      ]
    },
    {
      "id": "a-044",
      "name": "De Luca Ospedali Srl",
      "owner": "r-05",
      "industry": "Healthcare",
      "tier": "core",
      "since": "2020-01-11",
      "employees": 831,
      "potential": 104000,
      "revenue": [
        {"period": "2025-Q2", "amount": 26210},
        {"period": "2025-Q3", "amount": 26760},
        {"period": "2025-Q4", "amount": 25520},
        {"period": "2026-Q1", "amount": 25590},
        {"period": "2026-Q2", "amount": 24460},
        {"period": "2026-Q3", "amount": 24370}
      ],
      "contacts": [
        {"id": "c-0144", "name": "Greta Olsen", "title": "CFO", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-02"},
        {"id": "c-0145", "name": "Yvonne Gallo", "title": "Quality Manager", "department": "Production", "level": "manager", "role": "influencer", "last_contact": "2026-06-24"}
      ],
      "activities": [
        {"id": "x-00318", "date": "2025-08-09", "kind": "call", "contacts": ["c-0145"], "summary": "Call about next year's volumes"},
        {"id": "x-00319", "date": "2025-09-10", "kind": "workshop", "contacts": ["c-0145"], "summary": "Planning workshop on next year"},
        {"id": "x-00320", "date": "2025-12-12", "kind": "demo", "contacts": ["c-0144"], "summary": "Demo for the engineering team"},
        {"id": "x-00321", "date": "2026-01-05", "kind": "qbr", "contacts": ["c-0145"], "summary": "QBR with their leadership team"},
        {"id": "x-00322", "date": "2026-04-10", "kind": "qbr", "contacts": ["c-0145"], "summary": "Quarterly business review"},
        {"id": "x-00323", "date": "2026-05-03", "kind": "email", "contacts": ["c-0144"], "summary": "Sent the order confirmation"}
      ],
      "opportunities": [
        {"id": "o-0042", "name": "Packaging upgrade", "kind": "expansion", "stage": "lost", "stage_since": "2026-11-03", "amount": 30000, "slips": 0, "contacts": ["c-0144"], "created": "2026-06-10", "close_date": "2026-11-05", "proposal": {"sent": "2026-10-14", "co_created": true}}
      ],
      "fields": {
        "nps": 37
      }
    },
    {
      "id": "a-045",
      "name": "Esposito Dolciaria SpA",
      "owner": "r-05",
      "industry": "Food & Beverage",
      "tier": "core",
      "since": "2020-11-15",
      "employees": 544,
      "potential": 67000,
      "revenue": [
        {"period": "2025-Q2", "amount": 16370},
        {"period": "2025-Q3", "amount": 16360},
        {"period": "2025-Q4", "amount": 16000},
        {"period": "2026-Q1", "amount": 15230},
        {"period": "2026-Q2", "amount": 15910},
        {"period": "2026-Q3", "amount": 15470}
      ],
      "contacts": [
        {"id": "c-0146", "name": "Emil Lund", "title": "Coordinator", "department": "Production", "level": "staff", "role": "decision_maker", "last_contact": "2026-06-09"},
        {"id": "c-0147", "name": "Nadia Wiśniewska", "title": "Quality Manager", "department": "Quality", "level": "manager", "role": "influencer", "last_contact": "2026-09-21"},
        {"id": "c-0148", "name": "Ulrich Ortega", "title": "Purchasing Manager", "department": "Finance", "level": "manager", "last_contact": "2026-05-24"}
      ],
      "activities": [
        {"id": "x-00324", "date": "2025-08-03", "kind": "call", "contacts": ["c-0147"], "summary": "Follow-up call"},
        {"id": "x-00325", "date": "2025-10-26", "kind": "qbr", "contacts": ["c-0148"], "summary": "QBR with their leadership team"},
        {"id": "x-00326", "date": "2026-04-26", "kind": "social", "contacts": ["c-0146"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00327", "date": "2026-10-24", "kind": "email", "contacts": ["c-0147"], "summary": "Shared a case study"}
      ],
      "opportunities": []
    },
    {
      "id": "a-046",
      "name": "Ferraro Acciai SpA",
      "owner": "r-05",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2024-10-10",
      "employees": 598,
      "potential": 74000,
      "revenue": [
        {"period": "2025-Q2", "amount": 17590},
        {"period": "2025-Q3", "amount": 17370},
        {"period": "2025-Q4", "amount": 17470},
        {"period": "2026-Q1", "amount": 17790},
        {"period": "2026-Q2", "amount": 17190},
        {"period": "2026-Q3", "amount": 17210}
      ],
      "contacts": [
        {"id": "c-0149", "name": "Jan Nyberg", "title": "Buyer", "department": "Quality", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-19"}
      ],
      "activities": [
        {"id": "x-00328", "date": "2025-09-01", "kind": "social", "contacts": ["c-0149"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00329", "date": "2025-09-01", "kind": "email", "contacts": ["c-0149"], "summary": "Sent the order confirmation"},
        {"id": "x-00330", "date": "2026-01-24", "kind": "demo", "contacts": ["c-0149"], "summary": "Remote demo of the new release"},
        {"id": "x-00331", "date": "2026-10-14", "kind": "qbr", "contacts": ["c-0149"], "summary": "Quarterly business review"}
      ],
      "opportunities": [
        {"id": "o-0043", "name": "Line retrofit", "kind": "new_business", "stage": "proposal", "stage_since": "2026-10-08", "amount": 15000, "slips": 0, "contacts": ["c-0149"], "created": "2026-06-28", "close_date": "2027-03-05", "proposal": {"sent": "2026-11-06", "co_created": false}}
      ]
    },
    {
      "id": "a-047",
      "name": "Galli Tessuti Srl",
      "owner": "r-05",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2021-07-19",
      "employees": 727,
      "potential": 90000,
      "revenue": [
        {"period": "2025-Q2", "amount": 21300},
        {"period": "2025-Q3", "amount": 21710},
        {"period": "2025-Q4", "amount": 20780},
        {"period": "2026-Q1", "amount": 19770},
        {"period": "2026-Q2", "amount": 19410},
        {"period": "2026-Q3", "amount": 20200}
      ],
      "contacts": [
        {"id": "c-0150", "name": "Agnes Eriksen", "title": "CIO", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-01"},
        {"id": "c-0151", "name": "Birgit Engel", "title": "Quality Manager", "department": "Operations", "level": "manager", "role": "influencer", "last_contact": "2026-10-12"},
        {"id": "c-0152", "name": "Helena Albrecht", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-05-11"}
      ],
      "activities": [
        {"id": "x-00332", "date": "2025-08-18", "kind": "email", "contacts": ["c-0150"], "summary": "Answered questions on terms"},
        {"id": "x-00333", "date": "2025-11-27", "kind": "email", "contacts": ["c-0152"], "summary": "Answered questions on terms"},
        {"id": "x-00334", "date": "2026-01-02", "kind": "meeting", "contacts": ["c-0150"], "summary": "Met the operations team"},
        {"id": "x-00335", "date": "2026-03-29", "kind": "demo", "contacts": ["c-0151"], "summary": "Remote demo of the new release"},
        {"id": "x-00336", "date": "2026-09-13", "kind": "demo", "contacts": ["c-0150"], "summary": "Remote demo of the new release"},
        {"id": "x-00337", "date": "2026-10-23", "kind": "email", "contacts": ["c-0150"], "summary": "Answered questions on terms"}
      ],
      "opportunities": [
        {"id": "o-0044", "name": "Service level upgrade", "kind": "new_business", "stage": "won", "stage_since": "2026-10-24", "amount": 13000, "slips": 1, "contacts": ["c-0150"], "created": "2026-07-04", "close_date": "2026-11-07", "proposal": {"sent": "2026-10-07", "co_created": true}}
      ]
    },
    {
      "id": "a-048",
      "name": "Lombardi Software Srl",
      "owner": "r-05",
      "industry": "Technology",
      "tier": "transactional",
      "since": "2022-04-29",
      "employees": 207,
      "potential": 24000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6000},
        {"period": "2026-Q1", "amount": 6100},
        {"period": "2026-Q2", "amount": 6300},
        {"period": "2026-Q3", "amount": 6260}
      ],
      "contacts": [
        {"id": "c-0153", "name": "Giorgio Urban", "title": "COO", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-05-28"}
      ],
      "activities": [],
      "opportunities": [
        {"id": "o-0045", "name": "Framework agreement 2027", "kind": "renewal", "stage": "discovery", "stage_since": "2026-10-07", "amount": 7000, "slips": 0, "contacts": ["c-0153"], "created": "2026-03-08", "close_date": "2027-01-12"}
      ]
    },
    {
      "id": "a-049",
      "name": "Marchetti Energia SpA",
      "owner": "r-05",
      "industry": "Energy",
      "tier": "transactional",
      "since": "2022-10-25",
      "employees": 184,
      "potential": 21000,
      "revenue": [
        {"period": "2025-Q4", "amount": 5390},
        {"period": "2026-Q1", "amount": 5510},
        {"period": "2026-Q2", "amount": 5430},
        {"period": "2026-Q3", "amount": 5330}
      ],
      "contacts": [
        {"id": "c-0154", "name": "Paula Amato", "title": "CFO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-06-09"}
      ],
      "activities": [
        {"id": "x-00338", "date": "2026-03-17", "kind": "demo", "contacts": ["c-0154"], "summary": "Remote demo of the new release"},
        {"id": "x-00339", "date": "2026-08-17", "kind": "meeting", "contacts": ["c-0154"], "summary": "Account review at their office"},
        {"id": "x-00340", "date": "2026-10-06", "kind": "call", "contacts": ["c-0154"], "summary": "Follow-up call"}
      ],
      "opportunities": []
    },
    {
      "id": "a-050",
      "name": "Neri Costruzioni SpA",
      "owner": "r-05",
      "industry": "Construction",
      "tier": "transactional",
      "since": "2021-12-17",
      "employees": 212,
      "potential": 24000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6040},
        {"period": "2026-Q1", "amount": 6040},
        {"period": "2026-Q2", "amount": 6110},
        {"period": "2026-Q3", "amount": 5960}
      ],
      "contacts": [
        {"id": "c-0155", "name": "Irene Lund", "title": "Coordinator", "department": "IT", "level": "staff", "role": "decision_maker", "last_contact": "2026-08-27"},
        {"id": "c-0156", "name": "Ulrich Haas", "title": "Purchasing Manager", "department": "Production", "level": "manager", "role": "influencer", "last_contact": "2026-05-25"}
      ],
      "activities": [],
      "opportunities": [
        {"id": "o-0046", "name": "Line retrofit", "kind": "expansion", "stage": "qualification", "stage_since": "2026-08-31", "amount": 6000, "slips": 0, "contacts": ["c-0155"], "created": "2026-05-23", "close_date": "2026-12-27"}
      ]
    },
    {
      "id": "a-051",
      "name": "Aalders Bouw BV",
      "owner": "r-06",
      "industry": "Construction",
      "tier": "key",
      "since": "2024-02-16",
      "employees": 4063,
      "potential": 519000,
      "revenue": [
        {"period": "2024-Q4", "amount": 124830},
        {"period": "2025-Q1", "amount": 120000},
        {"period": "2025-Q2", "amount": 118480},
        {"period": "2025-Q3", "amount": 118500},
        {"period": "2025-Q4", "amount": 116360},
        {"period": "2026-Q1", "amount": 115460},
        {"period": "2026-Q2", "amount": 120180},
        {"period": "2026-Q3", "amount": 124040}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-01-22",
        "next_review": "2026-07-21",
        "target": 635000,
        "objectives": ["Become preferred supplier for the second plant", "Standardise all sites on our platform"],
        "actions": [{"what": "Executive sponsor lunch", "due": "2026-07-31", "done": false}, {"what": "Executive sponsor lunch", "due": "2026-07-11", "done": false}, {"what": "Present the business case to the board", "due": "2026-08-24", "done": false}]
      },
      "contacts": [
        {"id": "c-0157", "name": "Mateus Teixeira", "title": "Managing Director", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-08"},
        {"id": "c-0158", "name": "Rainer Holm", "title": "Plant Director", "department": "Operations", "level": "senior", "role": "influencer", "last_contact": "2026-07-15"},
        {"id": "c-0159", "name": "Daniela Nowak", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-07-27"},
        {"id": "c-0160", "name": "Klaus Nowak", "title": "Process Engineer", "department": "IT", "level": "staff", "last_contact": "2026-07-29"},
        {"id": "c-0161", "name": "Fabio Lorenz", "title": "Logistics Manager", "department": "Production", "level": "manager", "last_contact": "2026-09-12"},
        {"id": "c-0162", "name": "Chiara Zeller", "title": "Logistics Manager", "department": "Quality", "level": "manager", "last_contact": "2026-05-31"},
        {"id": "c-0163", "name": "Yvonne Dahlberg", "title": "Analyst", "department": "Finance", "level": "staff", "last_contact": "2026-05-20"},
        {"id": "c-0164", "name": "Giorgio Brandt", "title": "Plant Manager", "department": "Operations", "level": "manager", "last_contact": "2026-05-12"}
      ],
      "activities": [
        {"id": "x-00341", "date": "2025-06-17", "kind": "workshop", "contacts": ["c-0157"], "summary": "Value workshop with operations"},
        {"id": "x-00342", "date": "2025-10-06", "kind": "meeting", "contacts": ["c-0158"], "summary": "Site visit with the plant manager"},
        {"id": "x-00343", "date": "2025-10-19", "kind": "email", "contacts": ["c-0161"], "summary": "Sent the order confirmation"},
        {"id": "x-00344", "date": "2025-11-07", "kind": "qbr", "contacts": ["c-0162"], "summary": "Quarterly business review"},
        {"id": "x-00345", "date": "2025-12-10", "kind": "qbr", "contacts": ["c-0157"], "summary": "QBR with their leadership team"},
        {"id": "x-00346", "date": "2026-02-02", "kind": "proposal", "contacts": ["c-0163"], "summary": "Sent proposal"},
        {"id": "x-00347", "date": "2026-02-12", "kind": "qbr", "contacts": ["c-0161"], "summary": "Quarterly business review"},
        {"id": "x-00348", "date": "2026-05-18", "kind": "demo", "contacts": ["c-0164"], "summary": "Demo for the engineering team"},
        {"id": "x-00349", "date": "2026-05-29", "kind": "call", "contacts": ["c-0164"], "summary": "Follow-up call"},
        {"id": "x-00350", "date": "2026-06-04", "kind": "call", "contacts": ["c-0162"], "summary": "Quick status call"},
        {"id": "x-00351", "date": "2026-06-06", "kind": "social", "contacts": ["c-0160"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00352", "date": "2026-08-18", "kind": "qbr", "contacts": ["c-0161"], "summary": "QBR with their leadership team"},
        {"id": "x-00353", "date": "2026-09-06", "kind": "email", "contacts": ["c-0161"], "summary": "Shared a case study"},
        {"id": "x-00354", "date": "2026-09-12", "kind": "workshop", "contacts": ["c-0164"], "summary": "Planning workshop on next year"},
        {"id": "x-00355", "date": "2026-10-25", "kind": "proposal", "contacts": ["c-0161"], "summary": "Sent proposal"},
        {"id": "x-00356", "date": "2026-10-27", "kind": "meeting", "contacts": ["c-0164"], "summary": "Account review at their office"}
      ],
      "opportunities": [
        {"id": "o-0047", "name": "Pilot on the second site", "kind": "new_business", "stage": "qualification", "stage_since": "2026-10-15", "amount": 127000, "slips": 1, "contacts": ["c-0157"], "created": "2026-09-20", "close_date": "2027-03-13"},
        {"id": "o-0048", "name": "Packaging upgrade", "kind": "expansion", "stage": "proposal", "stage_since": "2026-09-28", "amount": 92000, "slips": 0, "contacts": ["c-0157"], "created": "2026-09-26", "close_date": "2027-01-14", "proposal": {"sent": "2026-10-05", "co_created": false}},
        {"id": "o-0049", "name": "Pilot on the second site", "kind": "renewal", "stage": "discovery", "stage_since": "2026-09-17", "amount": 132000, "slips": 0, "contacts": ["c-0157"], "created": "2026-01-02", "close_date": "2027-01-08"}
      ]
    },
    {
      "id": "a-052",
      "name": "Brink Logistiek BV",
      "owner": "r-06",
      "industry": "Logistics",
      "tier": "key",
      "since": "2018-07-28",
      "employees": 4039,
      "potential": 516000,
      "revenue": [
        {"period": "2024-Q4", "amount": 127670},
        {"period": "2025-Q1", "amount": 123820},
        {"period": "2025-Q2", "amount": 121920},
        {"period": "2025-Q3", "amount": 127610},
        {"period": "2025-Q4", "amount": 123710},
        {"period": "2026-Q1", "amount": 128230},
        {"period": "2026-Q2", "amount": 125590},
        {"period": "2026-Q3", "amount": 127070}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-02-14",
        "next_review": "2026-08-13",
        "target": 631000,
        "objectives": ["Grow share of wallet from 25% to 40%", "Add the maintenance contract"],
        "actions": [{"what": "Workshop with the plant managers", "due": "2026-07-24", "done": false}, {"what": "Reference visit to a customer site", "due": "2026-09-10", "done": false}, {"what": "Joint roadmap review", "due": "2026-10-07", "done": false}]
      },
      "contacts": [
        {"id": "c-0165", "name": "Teresa Pinto", "title": "CIO", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-26"},
        {"id": "c-0166", "name": "Viktor Gomez", "title": "VP Operations", "department": "Procurement", "level": "senior", "role": "influencer", "last_contact": "2026-09-21"},
        {"id": "c-0167", "name": "Klaus Richter", "title": "Purchasing Manager", "department": "IT", "level": "manager", "last_contact": "2026-07-01"},
        {"id": "c-0168", "name": "Valeria Castro", "title": "Analyst", "department": "Production", "level": "staff", "last_contact": "2026-06-17"},
        {"id": "c-0169", "name": "Daniela Lorenz", "title": "Quality Manager", "department": "Quality", "level": "manager", "last_contact": "2026-09-17"}
      ],
      "activities": [
        {"id": "x-00357", "date": "2025-06-21", "kind": "proposal", "contacts": ["c-0167"], "summary": "Sent revised quote"},
        {"id": "x-00358", "date": "2025-08-18", "kind": "meeting", "contacts": ["c-0165"], "summary": "Lunch with the sponsor"},
        {"id": "x-00359", "date": "2025-08-26", "kind": "email", "contacts": ["c-0169"], "summary": "Answered questions on terms"},
        {"id": "x-00360", "date": "2025-10-03", "kind": "workshop", "contacts": ["c-0169"], "summary": "Value workshop with operations"},
        {"id": "x-00361", "date": "2025-10-09", "kind": "workshop", "contacts": ["c-0167"], "summary": "Value workshop with operations"},
        {"id": "x-00362", "date": "2025-12-31", "kind": "email", "contacts": ["c-0169"], "summary": "Answered questions on terms"},
        {"id": "x-00363", "date": "2026-02-15", "kind": "demo", "contacts": ["c-0165"], "summary": "Demo for the engineering team"},
        {"id": "x-00364", "date": "2026-03-10", "kind": "proposal", "contacts": ["c-0168"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00365", "date": "2026-03-26", "kind": "call", "contacts": ["c-0165"], "summary": "Call about the delivery delay"},
        {"id": "x-00366", "date": "2026-04-17", "kind": "demo", "contacts": ["c-0168"], "summary": "Remote demo of the new release"},
        {"id": "x-00367", "date": "2026-08-10", "kind": "meeting", "contacts": ["c-0166"], "summary": "Met the operations team"},
        {"id": "x-00368", "date": "2026-09-03", "kind": "call", "contacts": ["c-0169"], "summary": "Call about the delivery delay"},
        {"id": "x-00369", "date": "2026-09-04", "kind": "workshop", "contacts": ["c-0165"], "summary": "Planning workshop on next year"},
        {"id": "x-00370", "date": "2026-10-29", "kind": "qbr", "contacts": ["c-0168"], "summary": "QBR with their leadership team"}
      ],
      "opportunities": [
        {"id": "o-0050", "name": "Renewal 2027", "kind": "renewal", "stage": "lost", "stage_since": "2026-09-17", "amount": 137000, "slips": 0, "contacts": ["c-0165"], "created": "2026-09-11", "close_date": "2026-11-18", "proposal": {"sent": "2026-10-12", "co_created": false}},
        {"id": "o-0051", "name": "Renewal 2027", "kind": "expansion", "stage": "won", "stage_since": "2026-11-01", "amount": 137000, "slips": 0, "contacts": ["c-0165"], "created": "2026-09-12", "close_date": "2026-10-27", "proposal": {"sent": "2026-10-24", "co_created": false}},
        {"id": "o-0052", "name": "Service level upgrade", "kind": "renewal", "stage": "qualification", "stage_since": "2026-10-28", "amount": 74000, "slips": 0, "contacts": ["c-0165"], "created": "2026-04-16", "close_date": "2027-03-09"}
      ]
    },
    {
      "id": "a-053",
      "name": "Claessens Voeding NV",
      "owner": "r-06",
      "industry": "Food & Beverage",
      "tier": "growth",
      "since": "2023-10-25",
      "employees": 1909,
      "potential": 242000,
      "revenue": [
        {"period": "2024-Q4", "amount": 59510},
        {"period": "2025-Q1", "amount": 59910},
        {"period": "2025-Q2", "amount": 61030},
        {"period": "2025-Q3", "amount": 62210},
        {"period": "2025-Q4", "amount": 61840},
        {"period": "2026-Q1", "amount": 59170},
        {"period": "2026-Q2", "amount": 58210},
        {"period": "2026-Q3", "amount": 57640}
      ],
      "contacts": [
        {"id": "c-0170", "name": "Fabio Lindgren", "title": "CEO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-28"},
        {"id": "c-0171", "name": "Frida Castro", "title": "Head of IT", "department": "IT", "level": "senior", "role": "influencer", "last_contact": "2026-09-04"},
        {"id": "c-0172", "name": "Sven Hartmann", "title": "Quality Manager", "department": "Production", "level": "manager", "role": "user", "last_contact": "2026-07-24"}
      ],
      "activities": [
        {"id": "x-00371", "date": "2025-06-19", "kind": "demo", "contacts": ["c-0172"], "summary": "Remote demo of the new release"},
        {"id": "x-00372", "date": "2025-07-02", "kind": "email", "contacts": ["c-0170"], "summary": "Answered questions on terms"},
        {"id": "x-00373", "date": "2025-11-07", "kind": "demo", "contacts": ["c-0170"], "summary": "Remote demo of the new release"},
        {"id": "x-00374", "date": "2026-05-23", "kind": "email", "contacts": ["c-0171"], "summary": "Answered questions on terms"},
        {"id": "x-00375", "date": "2026-06-15", "kind": "meeting", "contacts": ["c-0170"], "summary": "Account review at their office"},
        {"id": "x-00376", "date": "2026-07-18", "kind": "proposal", "contacts": ["c-0171"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00377", "date": "2026-07-29", "kind": "email", "contacts": ["c-0172"], "summary": "Answered questions on terms"},
        {"id": "x-00378", "date": "2026-08-15", "kind": "social", "contacts": ["c-0172"], "summary": "Dinner after the site visit"},
        {"id": "x-00379", "date": "2026-11-27", "kind": "proposal", "contacts": ["c-0170"], "summary": "Sent revised quote"}
      ],
      "opportunities": [
        {"id": "o-0053", "name": "Spare parts programme", "kind": "new_business", "stage": "won", "stage_since": "2026-09-01", "amount": 35000, "slips": 0, "contacts": ["c-0170"], "created": "2026-06-19", "close_date": "2026-11-24", "proposal": {"sent": "2026-11-04", "co_created": false}},
        {"id": "o-0054", "name": "Pilot on the second site", "kind": "new_business", "stage": "lost", "stage_since": "2026-09-25", "amount": 32000, "slips": 1, "contacts": ["c-0170"], "created": "2026-03-12", "close_date": "2026-11-03", "proposal": {"sent": "2026-10-11", "co_created": true}}
      ]
    },
    {
      "id": "a-054",
      "name": "De Graaf Techniek BV",
      "owner": "r-06",
      "industry": "Manufacturing",
      "tier": "growth",
      "since": "2024-07-04",
      "employees": 1421,
      "potential": 180000,
      "revenue": [
        {"period": "2024-Q4", "amount": 45830},
        {"period": "2025-Q1", "amount": 44700},
        {"period": "2025-Q2", "amount": 43690},
        {"period": "2025-Q3", "amount": 44680},
        {"period": "2025-Q4", "amount": 44820},
        {"period": "2026-Q1", "amount": 44790},
        {"period": "2026-Q2", "amount": 45210},
        {"period": "2026-Q3", "amount": 46680}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2025-11-08",
        "next_review": "2026-05-07",
        "target": 220000,
        "objectives": ["Become preferred supplier for the second plant", "Grow share of wallet from 25% to 40%"],
        "actions": [{"what": "Present the business case to the board", "due": "2026-07-07", "done": false}, {"what": "Pilot on line 3", "due": "2026-10-08", "done": false}]
      },
      "contacts": [
        {"id": "c-0173", "name": "Laura Jensen", "title": "Managing Director", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-01"},
        {"id": "c-0174", "name": "Ewa Ferrari", "title": "Head of IT", "department": "Production", "level": "senior", "role": "influencer", "last_contact": "2026-09-20"},
        {"id": "c-0175", "name": "Andreas Nowak", "title": "Quality Manager", "department": "Quality", "level": "manager", "role": "user", "last_contact": "2026-11-22"},
        {"id": "c-0176", "name": "Marta Ivanov", "title": "Coordinator", "department": "Finance", "level": "staff", "role": "user", "last_contact": "2026-06-18"}
      ],
      "activities": [
        {"id": "x-00380", "date": "2025-08-09", "kind": "social", "contacts": ["c-0175"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00381", "date": "2025-09-04", "kind": "social", "contacts": ["c-0175"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00382", "date": "2025-09-11", "kind": "call", "contacts": ["c-0176"], "summary": "Follow-up call"},
        {"id": "x-00383", "date": "2025-10-20", "kind": "email", "contacts": ["c-0175"], "summary": "Answered questions on terms"},
        {"id": "x-00384", "date": "2025-10-23", "kind": "workshop", "contacts": ["c-0173"], "summary": "Planning workshop on next year"},
        {"id": "x-00385", "date": "2026-01-04", "kind": "social", "contacts": ["c-0176"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00386", "date": "2026-06-10", "kind": "meeting", "contacts": ["c-0176"], "summary": "Lunch with the sponsor"},
        {"id": "x-00387", "date": "2026-07-05", "kind": "workshop", "contacts": ["c-0173"], "summary": "Value workshop with operations"},
        {"id": "x-00388", "date": "2026-10-17", "kind": "email", "contacts": ["c-0173"], "summary": "Sent the order confirmation"}
      ],
      "opportunities": [
        {"id": "o-0055", "name": "Line retrofit", "kind": "expansion", "stage": "won", "stage_since": "2026-09-12", "amount": 44000, "slips": 0, "contacts": ["c-0173"], "created": "2026-07-31", "close_date": "2026-10-25", "proposal": {"sent": "2026-09-22", "co_created": false}}
      ],
      "fields": {
        "nps": 29
      }
    },
    {
      "id": "a-055",
      "name": "Everts Zorg BV",
      "owner": "r-06",
      "industry": "Healthcare",
      "tier": "core",
      "since": "2021-01-11",
      "employees": 605,
      "potential": 75000,
      "revenue": [
        {"period": "2025-Q2", "amount": 17920},
        {"period": "2025-Q3", "amount": 17860},
        {"period": "2025-Q4", "amount": 18620},
        {"period": "2026-Q1", "amount": 19320},
        {"period": "2026-Q2", "amount": 19340},
        {"period": "2026-Q3", "amount": 19460}
      ],
      "contacts": [
        {"id": "c-0177", "name": "Birgit Keller", "title": "Process Engineer", "department": "Production", "level": "staff", "role": "decision_maker", "last_contact": "2026-06-23"},
        {"id": "c-0178", "name": "Nils Albrecht", "title": "IT Manager", "department": "Quality", "level": "manager", "role": "influencer", "last_contact": "2026-08-26"}
      ],
      "activities": [
        {"id": "x-00389", "date": "2026-02-19", "kind": "email", "contacts": ["c-0177"], "summary": "Sent the order confirmation"},
        {"id": "x-00390", "date": "2026-03-31", "kind": "proposal", "contacts": ["c-0178"], "summary": "Sent proposal for the framework deal"}
      ],
      "opportunities": []
    },
    {
      "id": "a-056",
      "name": "Fransen Retail BV",
      "owner": "r-06",
      "industry": "Retail",
      "tier": "core",
      "since": "2021-11-04",
      "employees": 687,
      "potential": 85000,
      "revenue": [
        {"period": "2025-Q2", "amount": 21810},
        {"period": "2025-Q3", "amount": 22620},
        {"period": "2025-Q4", "amount": 22730},
        {"period": "2026-Q1", "amount": 22700},
        {"period": "2026-Q2", "amount": 22840},
        {"period": "2026-Q3", "amount": 21750}
      ],
      "contacts": [
        {"id": "c-0179", "name": "Emil Brandt", "title": "Analyst", "department": "Quality", "level": "staff", "role": "decision_maker", "last_contact": "2026-07-16"},
        {"id": "c-0180", "name": "Emil Haas", "title": "Quality Manager", "department": "Finance", "level": "manager", "role": "influencer", "last_contact": "2026-06-13"},
        {"id": "c-0181", "name": "Wim Krüger", "title": "IT Manager", "department": "Operations", "level": "manager", "role": "influencer", "last_contact": "2026-11-13"},
        {"id": "c-0182", "name": "Johanna Nyberg", "title": "Coordinator", "department": "Procurement", "level": "staff", "role": "influencer", "last_contact": "2026-08-17"}
      ],
      "activities": [
        {"id": "x-00391", "date": "2025-10-20", "kind": "workshop", "contacts": ["c-0180"], "summary": "Planning workshop on next year"},
        {"id": "x-00392", "date": "2026-11-11", "kind": "demo", "contacts": ["c-0179"], "summary": "Remote demo of the new release"}
      ],
      "opportunities": [
        {"id": "o-0056", "name": "Spare parts programme", "kind": "renewal", "stage": "negotiation", "stage_since": "2026-09-29", "amount": 12000, "slips": 0, "contacts": ["c-0179"], "created": "2026-05-01", "close_date": "2027-03-03", "proposal": {"sent": "2026-10-30", "co_created": false}}
      ]
    },
    {
      "id": "a-057",
      "name": "Geerts Chemie NV",
      "owner": "r-06",
      "industry": "Chemicals",
      "tier": "core",
      "since": "2021-05-09",
      "employees": 717,
      "potential": 89000,
      "revenue": [
        {"period": "2025-Q2", "amount": 22090},
        {"period": "2025-Q3", "amount": 21460},
        {"period": "2025-Q4", "amount": 22280},
        {"period": "2026-Q1", "amount": 23370},
        {"period": "2026-Q2", "amount": 24110},
        {"period": "2026-Q3", "amount": 24000}
      ],
      "contacts": [
        {"id": "c-0183", "name": "Marta Brandt", "title": "COO", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-12"},
        {"id": "c-0184", "name": "Chiara Conti", "title": "Plant Manager", "department": "Operations", "level": "manager", "role": "influencer", "last_contact": "2026-05-29"},
        {"id": "c-0185", "name": "Emil Jensen", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-10-12"}
      ],
      "activities": [
        {"id": "x-00393", "date": "2025-09-09", "kind": "proposal", "contacts": ["c-0184"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00394", "date": "2026-02-27", "kind": "proposal", "contacts": ["c-0184"], "summary": "Sent proposal"},
        {"id": "x-00395", "date": "2026-05-28", "kind": "social", "contacts": ["c-0183"], "summary": "Dinner after the site visit"},
        {"id": "x-00396", "date": "2026-06-19", "kind": "meeting", "contacts": ["c-0184"], "summary": "Site visit with the plant manager"},
        {"id": "x-00397", "date": "2026-09-14", "kind": "call", "contacts": ["c-0183"], "summary": "Quick status call"}
      ],
      "opportunities": []
    },
    {
      "id": "a-058",
      "name": "Hendriks Hotels BV",
      "owner": "r-06",
      "industry": "Hospitality",
      "tier": "transactional",
      "since": "2020-12-16",
      "employees": 221,
      "potential": 25000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6520},
        {"period": "2026-Q1", "amount": 6400},
        {"period": "2026-Q2", "amount": 6220},
        {"period": "2026-Q3", "amount": 6240}
      ],
      "contacts": [
        {"id": "c-0186", "name": "Laura Torres", "title": "Analyst", "department": "Operations", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-24"},
        {"id": "c-0187", "name": "Bernd Jovanovic", "title": "Logistics Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-06-04"}
      ],
      "activities": [
        {"id": "x-00398", "date": "2025-10-01", "kind": "social", "contacts": ["c-0186"], "summary": "Customer evening at the trade fair"}
      ],
      "opportunities": []
    },
    {
      "id": "a-059",
      "name": "IJsselstein Energie BV",
      "owner": "r-06",
      "industry": "Energy",
      "tier": "transactional",
      "since": "2025-06-25",
      "employees": 207,
      "potential": 24000,
      "revenue": [
        {"period": "2025-Q4", "amount": 5910},
        {"period": "2026-Q1", "amount": 6040},
        {"period": "2026-Q2", "amount": 6190},
        {"period": "2026-Q3", "amount": 5980}
      ],
      "contacts": [
        {"id": "c-0188", "name": "Frida Haas", "title": "CFO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-05"},
        {"id": "c-0189", "name": "Katrin Pinto", "title": "Purchasing Manager", "department": "IT", "level": "manager", "role": "influencer", "last_contact": "2026-09-02"}
      ],
      "activities": [
        {"id": "x-00399", "date": "2025-07-25", "kind": "qbr", "contacts": ["c-0189"], "summary": "Quarterly business review"},
        {"id": "x-00400", "date": "2026-02-18", "kind": "proposal", "contacts": ["c-0188"], "summary": "Sent revised quote"},
        {"id": "x-00401", "date": "2026-08-03", "kind": "email", "contacts": ["c-0189"], "summary": "Shared a case study"}
      ],
      "opportunities": []
    },
    {
      "id": "a-060",
      "name": "Jacobs Verpakking BV",
      "owner": "r-06",
      "industry": "Manufacturing",
      "tier": "transactional",
      "since": "2025-03-28",
      "employees": 242,
      "potential": 28000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6870},
        {"period": "2026-Q1", "amount": 6860},
        {"period": "2026-Q2", "amount": 6670},
        {"period": "2026-Q3", "amount": 6740}
      ],
      "contacts": [
        {"id": "c-0190", "name": "Ulrich Kaiser", "title": "CFO", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-02"}
      ],
      "activities": [
        {"id": "x-00402", "date": "2026-07-04", "kind": "call", "contacts": ["c-0190"], "summary": "Call about the delivery delay"},
        {"id": "x-00403", "date": "2026-07-08", "kind": "social", "contacts": ["c-0190"], "summary": "Dinner after the site visit"},
        {"id": "x-00404", "date": "2026-09-28", "kind": "workshop", "contacts": ["c-0190"], "summary": "Planning workshop on next year"}
      ],
      "opportunities": []
    },
    {
      "id": "a-061",
      "name": "Aspen Nordic Timber AS",
      "owner": "r-07",
      "industry": "Manufacturing",
      "tier": "key",
      "since": "2024-09-13",
      "employees": 3460,
      "potential": 442000,
      "revenue": [
        {"period": "2024-Q4", "amount": 107450},
        {"period": "2025-Q1", "amount": 112590},
        {"period": "2025-Q2", "amount": 114600},
        {"period": "2025-Q3", "amount": 117460},
        {"period": "2025-Q4", "amount": 118580},
        {"period": "2026-Q1", "amount": 118870},
        {"period": "2026-Q2", "amount": 122000},
        {"period": "2026-Q3", "amount": 125080}
      ],
      "growth_plan": {
        "status": "draft",
        "updated": "2026-10-20",
        "next_review": "2027-04-18",
        "target": 540000,
        "objectives": ["Standardise all sites on our platform", "Add the maintenance contract"],
        "actions": [{"what": "Executive sponsor lunch", "due": "2026-12-22", "done": false}, {"what": "Executive sponsor lunch", "due": "2026-10-19", "done": true}]
      },
      "contacts": [
        {"id": "c-0191", "name": "Chiara Sorensen", "title": "CEO", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-03"},
        {"id": "c-0192", "name": "Nils Vogel", "title": "Plant Manager", "department": "Operations", "level": "manager", "role": "influencer", "last_contact": "2026-05-19"},
        {"id": "c-0193", "name": "Tamara Engel", "title": "IT Manager", "department": "Procurement", "level": "manager", "last_contact": "2026-06-16"},
        {"id": "c-0194", "name": "Sara Holm", "title": "Buyer", "department": "IT", "level": "staff", "role": "influencer", "last_contact": "2026-10-11"},
        {"id": "c-0195", "name": "Inga Olsen", "title": "IT Manager", "department": "Production", "level": "manager", "last_contact": "2026-05-15"},
        {"id": "c-0196", "name": "Chiara Rinaldi", "title": "Purchasing Manager", "department": "Quality", "level": "manager", "role": "influencer", "last_contact": "2026-09-12"}
      ],
      "activities": [
        {"id": "x-00405", "date": "2025-07-02", "kind": "social", "contacts": ["c-0196"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00406", "date": "2025-07-12", "kind": "social", "contacts": ["c-0193"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00407", "date": "2025-07-27", "kind": "proposal", "contacts": ["c-0191"], "summary": "Sent revised quote"},
        {"id": "x-00408", "date": "2025-10-06", "kind": "meeting", "contacts": ["c-0196"], "summary": "Met the operations team"},
        {"id": "x-00409", "date": "2026-01-27", "kind": "call", "contacts": ["c-0192"], "summary": "Call about the delivery delay"},
        {"id": "x-00410", "date": "2026-01-29", "kind": "meeting", "contacts": ["c-0195"], "summary": "Met the operations team"},
        {"id": "x-00411", "date": "2026-03-10", "kind": "proposal", "contacts": ["c-0192"], "summary": "Sent revised quote"},
        {"id": "x-00412", "date": "2026-03-25", "kind": "email", "contacts": ["c-0194"], "summary": "Shared a case study"},
        {"id": "x-00413", "date": "2026-03-26", "kind": "proposal", "contacts": ["c-0191"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00414", "date": "2026-03-27", "kind": "demo", "contacts": ["c-0192"], "summary": "Demo for the engineering team"},
        {"id": "x-00415", "date": "2026-04-25", "kind": "qbr", "contacts": ["c-0194"], "summary": "QBR with their leadership team"},
        {"id": "x-00416", "date": "2026-05-12", "kind": "call", "contacts": ["c-0196"], "summary": "Quick status call"},
        {"id": "x-00417", "date": "2026-08-06", "kind": "email", "contacts": ["c-0195"], "summary": "Answered questions on terms"},
        {"id": "x-00418", "date": "2026-08-08", "kind": "call", "contacts": ["c-0194"], "summary": "Quick status call"},
        {"id": "x-00419", "date": "2026-08-31", "kind": "meeting", "contacts": ["c-0193"], "summary": "Site visit with the plant manager"},
        {"id": "x-00420", "date": "2026-10-29", "kind": "call", "contacts": ["c-0192"], "summary": "Call about the delivery delay"},
        {"id": "x-00421", "date": "2026-11-10", "kind": "proposal", "contacts": ["c-0196"], "summary": "Sent revised quote"},
        {"id": "x-00422", "date": "2026-11-13", "kind": "social", "contacts": ["c-0193"], "summary": "Dinner after the site visit"}
      ],
      "opportunities": [
        {"id": "o-0057", "name": "Spare parts programme", "kind": "renewal", "stage": "proposal", "stage_since": "2026-08-29", "amount": 147000, "slips": 4, "contacts": ["c-0191"], "created": "2026-01-31", "close_date": "2027-01-29", "proposal": {"sent": "2026-10-30", "co_created": true}},
        {"id": "o-0058", "name": "Service level upgrade", "kind": "new_business", "stage": "won", "stage_since": "2026-11-01", "amount": 108000, "slips": 3, "contacts": ["c-0191"], "created": "2026-07-12", "close_date": "2026-11-05", "proposal": {"sent": "2026-09-15", "co_created": true}},
        {"id": "o-0059", "name": "Spare parts programme", "kind": "expansion", "stage": "discovery", "stage_since": "2026-09-02", "amount": 58000, "slips": 4, "contacts": ["c-0191"], "created": "2026-03-22", "close_date": "2027-03-05"},
        {"id": "o-0060", "name": "Packaging upgrade", "kind": "new_business", "stage": "proposal", "stage_since": "2026-09-23", "amount": 122000, "slips": 3, "contacts": ["c-0191"], "created": "2026-02-03", "close_date": "2027-02-24", "proposal": {"sent": "2026-09-29", "co_created": false}}
      ]
    },
    {
      "id": "a-062",
      "name": "Bergstrom Mining AB",
      "owner": "r-07",
      "industry": "Energy",
      "tier": "growth",
      "since": "2020-01-01",
      "employees": 1703,
      "potential": 216000,
      "revenue": [
        {"period": "2024-Q4", "amount": 51850},
        {"period": "2025-Q1", "amount": 54110},
        {"period": "2025-Q2", "amount": 51990},
        {"period": "2025-Q3", "amount": 51100},
        {"period": "2025-Q4", "amount": 48720},
        {"period": "2026-Q1", "amount": 47550},
        {"period": "2026-Q2", "amount": 49140},
        {"period": "2026-Q3", "amount": 47350}
      ],
      "contacts": [
        {"id": "c-0197", "name": "Sara Zeller", "title": "Managing Director", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-26"},
        {"id": "c-0198", "name": "Inga Sorensen", "title": "Plant Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-09-10"},
        {"id": "c-0199", "name": "Sara Jensen", "title": "Plant Manager", "department": "IT", "level": "manager", "last_contact": "2026-10-19"},
        {"id": "c-0200", "name": "Valeria Jovanovic", "title": "Process Engineer", "department": "Production", "level": "staff", "last_contact": "2026-10-12"}
      ],
      "activities": [
        {"id": "x-00423", "date": "2025-07-06", "kind": "email", "contacts": ["c-0200"], "summary": "Sent the order confirmation"},
        {"id": "x-00424", "date": "2025-07-12", "kind": "social", "contacts": ["c-0200"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00425", "date": "2025-09-02", "kind": "demo", "contacts": ["c-0197"], "summary": "Demo for the engineering team"},
        {"id": "x-00426", "date": "2025-11-24", "kind": "demo", "contacts": ["c-0198"], "summary": "Demo for the engineering team"},
        {"id": "x-00427", "date": "2025-12-03", "kind": "social", "contacts": ["c-0197"], "summary": "Dinner after the site visit"},
        {"id": "x-00428", "date": "2025-12-31", "kind": "proposal", "contacts": ["c-0199"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00429", "date": "2026-01-02", "kind": "proposal", "contacts": ["c-0200"], "summary": "Sent proposal"},
        {"id": "x-00430", "date": "2026-01-13", "kind": "demo", "contacts": ["c-0197"], "summary": "Remote demo of the new release"},
        {"id": "x-00431", "date": "2026-06-19", "kind": "demo", "contacts": ["c-0197"], "summary": "Remote demo of the new release"},
        {"id": "x-00432", "date": "2026-06-29", "kind": "email", "contacts": ["c-0197"], "summary": "Sent the order confirmation"},
        {"id": "x-00433", "date": "2026-11-13", "kind": "call", "contacts": ["c-0197"], "summary": "Call about the delivery delay"},
        {"id": "x-00434", "date": "2026-11-14", "kind": "call", "contacts": ["c-0200"], "summary": "Call about next year's volumes"}
      ],
      "opportunities": [
        {"id": "o-0061", "name": "Pilot on the second site", "kind": "new_business", "stage": "qualification", "stage_since": "2026-09-04", "amount": 64000, "slips": 4, "contacts": ["c-0197"], "created": "2026-03-05", "close_date": "2027-01-02"},
        {"id": "o-0062", "name": "Pilot on the second site", "kind": "new_business", "stage": "won", "stage_since": "2026-09-17", "amount": 33000, "slips": 2, "contacts": ["c-0197"], "created": "2026-03-20", "close_date": "2026-10-28", "proposal": {"sent": "2026-11-06", "co_created": false}},
        {"id": "o-0063", "name": "Packaging upgrade", "kind": "new_business", "stage": "discovery", "stage_since": "2026-09-02", "amount": 19000, "slips": 3, "contacts": ["c-0197"], "created": "2026-04-02", "close_date": "2027-01-08"}
      ]
    },
    {
      "id": "a-063",
      "name": "Corell Shipping ApS",
      "owner": "r-07",
      "industry": "Logistics",
      "tier": "growth",
      "since": "2019-09-13",
      "employees": 1919,
      "potential": 244000,
      "revenue": [
        {"period": "2024-Q4", "amount": 57600},
        {"period": "2025-Q1", "amount": 58530},
        {"period": "2025-Q2", "amount": 60150},
        {"period": "2025-Q3", "amount": 63120},
        {"period": "2025-Q4", "amount": 62360},
        {"period": "2026-Q1", "amount": 64830},
        {"period": "2026-Q2", "amount": 63920},
        {"period": "2026-Q3", "amount": 65010}
      ],
      "contacts": [
        {"id": "c-0201", "name": "Paula Hartmann", "title": "CIO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-28"},
        {"id": "c-0202", "name": "Igor Gallo", "title": "Logistics Manager", "department": "IT", "level": "manager", "role": "influencer", "last_contact": "2026-08-18"},
        {"id": "c-0203", "name": "Bernd Zeller", "title": "Purchasing Manager", "department": "Production", "level": "manager", "last_contact": "2026-09-18"},
        {"id": "c-0204", "name": "Ewa Marek", "title": "Process Engineer", "department": "Quality", "level": "staff", "role": "user", "last_contact": "2026-05-11"}
      ],
      "activities": [
        {"id": "x-00435", "date": "2025-07-17", "kind": "meeting", "contacts": ["c-0202"], "summary": "Lunch with the sponsor"},
        {"id": "x-00436", "date": "2025-10-29", "kind": "proposal", "contacts": ["c-0202"], "summary": "Sent revised quote"},
        {"id": "x-00437", "date": "2025-12-11", "kind": "meeting", "contacts": ["c-0202"], "summary": "Account review at their office"},
        {"id": "x-00438", "date": "2026-03-01", "kind": "call", "contacts": ["c-0204"], "summary": "Call about the delivery delay"},
        {"id": "x-00439", "date": "2026-06-11", "kind": "email", "contacts": ["c-0204"], "summary": "Shared a case study"},
        {"id": "x-00440", "date": "2026-07-21", "kind": "call", "contacts": ["c-0203"], "summary": "Call about the delivery delay"},
        {"id": "x-00441", "date": "2026-08-03", "kind": "proposal", "contacts": ["c-0204"], "summary": "Sent revised quote"},
        {"id": "x-00442", "date": "2026-10-24", "kind": "social", "contacts": ["c-0202"], "summary": "Dinner after the site visit"}
      ],
      "opportunities": [
        {"id": "o-0064", "name": "Spare parts programme", "kind": "renewal", "stage": "proposal", "stage_since": "2026-10-20", "amount": 73000, "slips": 3, "contacts": ["c-0201"], "created": "2026-01-09", "close_date": "2026-12-13", "proposal": {"sent": "2026-11-01", "co_created": false}},
        {"id": "o-0065", "name": "Service level upgrade", "kind": "new_business", "stage": "lost", "stage_since": "2026-10-26", "amount": 37000, "slips": 2, "contacts": ["c-0201"], "created": "2026-05-20", "close_date": "2026-10-27", "proposal": {"sent": "2026-08-05", "co_created": false}}
      ]
    },
    {
      "id": "a-064",
      "name": "Dahl Seafood AS",
      "owner": "r-07",
      "industry": "Food & Beverage",
      "tier": "growth",
      "since": "2021-03-02",
      "employees": 2033,
      "potential": 258000,
      "revenue": [
        {"period": "2024-Q4", "amount": 66180},
        {"period": "2025-Q1", "amount": 69180},
        {"period": "2025-Q2", "amount": 68190},
        {"period": "2025-Q3", "amount": 68990},
        {"period": "2025-Q4", "amount": 66380},
        {"period": "2026-Q1", "amount": 63950},
        {"period": "2026-Q2", "amount": 62560},
        {"period": "2026-Q3", "amount": 65100}
      ],
      "contacts": [
        {"id": "c-0205", "name": "Valeria Engel", "title": "Managing Director", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-05-16"},
        {"id": "c-0206", "name": "Dirk Hartmann", "title": "Purchasing Manager", "department": "Production", "level": "manager", "role": "influencer", "last_contact": "2026-05-15"},
        {"id": "c-0207", "name": "Carlos Torres", "title": "Plant Manager", "department": "Quality", "level": "manager", "last_contact": "2026-10-13"},
        {"id": "c-0208", "name": "Viktor Brandt", "title": "Buyer", "department": "Finance", "level": "staff", "last_contact": "2026-09-21"}
      ],
      "activities": [
        {"id": "x-00443", "date": "2025-06-14", "kind": "qbr", "contacts": ["c-0205"], "summary": "QBR with their leadership team"},
        {"id": "x-00444", "date": "2025-07-06", "kind": "social", "contacts": ["c-0205"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00445", "date": "2025-07-30", "kind": "demo", "contacts": ["c-0206"], "summary": "Demo for the engineering team"},
        {"id": "x-00446", "date": "2025-12-03", "kind": "meeting", "contacts": ["c-0208"], "summary": "Account review at their office"},
        {"id": "x-00447", "date": "2026-01-19", "kind": "email", "contacts": ["c-0208"], "summary": "Sent the price list"},
        {"id": "x-00448", "date": "2026-03-15", "kind": "meeting", "contacts": ["c-0208"], "summary": "Met the operations team"},
        {"id": "x-00449", "date": "2026-03-21", "kind": "email", "contacts": ["c-0205"], "summary": "Sent the order confirmation"},
        {"id": "x-00450", "date": "2026-05-07", "kind": "proposal", "contacts": ["c-0206"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00451", "date": "2026-05-16", "kind": "workshop", "contacts": ["c-0206"], "summary": "Value workshop with operations"},
        {"id": "x-00452", "date": "2026-07-10", "kind": "proposal", "contacts": ["c-0208"], "summary": "Sent revised quote"},
        {"id": "x-00453", "date": "2026-09-10", "kind": "email", "contacts": ["c-0205"], "summary": "Answered questions on terms"},
        {"id": "x-00454", "date": "2026-10-19", "kind": "proposal", "contacts": ["c-0206"], "summary": "Sent proposal"}
      ],
      "opportunities": [
        {"id": "o-0066", "name": "Line retrofit", "kind": "expansion", "stage": "proposal", "stage_since": "2026-11-10", "amount": 31000, "slips": 4, "contacts": ["c-0205"], "created": "2026-08-18", "close_date": "2027-02-20", "proposal": {"sent": "2026-09-25", "co_created": false}},
        {"id": "o-0067", "name": "Packaging upgrade", "kind": "expansion", "stage": "lost", "stage_since": "2026-09-15", "amount": 34000, "slips": 4, "contacts": ["c-0205"], "created": "2026-03-04", "close_date": "2026-11-08", "proposal": {"sent": "2026-09-18", "co_created": false}}
      ],
      "fields": {
        "nps": 13
      }
    },
    {
      "id": "a-065",
      "name": "Ekman Robotics AB",
      "owner": "r-07",
      "industry": "Technology",
      "tier": "core",
      "since": "2026-01-15",
      "employees": 697,
      "potential": 87000,
      "revenue": [
        {"period": "2025-Q2", "amount": 20430},
        {"period": "2025-Q3", "amount": 21220},
        {"period": "2025-Q4", "amount": 20870},
        {"period": "2026-Q1", "amount": 19910},
        {"period": "2026-Q2", "amount": 20800},
        {"period": "2026-Q3", "amount": 19790}
      ],
      "contacts": [
        {"id": "c-0209", "name": "Rita Dietrich", "title": "Analyst", "department": "Production", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-17"},
        {"id": "c-0210", "name": "Marta Pinto", "title": "Quality Manager", "department": "Quality", "level": "manager", "role": "influencer", "last_contact": "2026-10-13"},
        {"id": "c-0211", "name": "Nils Nyberg", "title": "Plant Manager", "department": "Finance", "level": "manager", "last_contact": "2026-09-05"}
      ],
      "activities": [
        {"id": "x-00455", "date": "2025-06-26", "kind": "proposal", "contacts": ["c-0210"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00456", "date": "2025-08-21", "kind": "proposal", "contacts": ["c-0209"], "summary": "Sent proposal"},
        {"id": "x-00457", "date": "2025-10-08", "kind": "proposal", "contacts": ["c-0211"], "summary": "Sent revised quote"},
        {"id": "x-00458", "date": "2026-01-02", "kind": "email", "contacts": ["c-0209"], "summary": "Sent the price list"},
        {"id": "x-00459", "date": "2026-06-19", "kind": "proposal", "contacts": ["c-0209"], "summary": "Sent revised quote"}
      ],
      "opportunities": [
        {"id": "o-0068", "name": "Maintenance contract", "kind": "new_business", "stage": "negotiation", "stage_since": "2026-11-06", "amount": 25000, "slips": 4, "contacts": ["c-0209"], "created": "2026-07-31", "close_date": "2026-12-16", "proposal": {"sent": "2026-10-27", "co_created": false}},
        {"id": "o-0069", "name": "Maintenance contract", "kind": "renewal", "stage": "discovery", "stage_since": "2026-09-27", "amount": 20000, "slips": 2, "contacts": ["c-0209"], "created": "2026-06-29", "close_date": "2027-03-05"}
      ]
    },
    {
      "id": "a-066",
      "name": "Fjord Hotels AS",
      "owner": "r-07",
      "industry": "Hospitality",
      "tier": "core",
      "since": "2017-10-11",
      "employees": 582,
      "potential": 72000,
      "revenue": [
        {"period": "2025-Q2", "amount": 16890},
        {"period": "2025-Q3", "amount": 17730},
        {"period": "2025-Q4", "amount": 17180},
        {"period": "2026-Q1", "amount": 16730},
        {"period": "2026-Q2", "amount": 16170},
        {"period": "2026-Q3", "amount": 16250}
      ],
      "contacts": [
        {"id": "c-0212", "name": "Leonor Quinn", "title": "Buyer", "department": "Quality", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-19"},
        {"id": "c-0213", "name": "Rainer Varga", "title": "IT Manager", "department": "Finance", "level": "manager", "role": "influencer", "last_contact": "2026-09-07"}
      ],
      "activities": [
        {"id": "x-00460", "date": "2025-07-19", "kind": "email", "contacts": ["c-0213"], "summary": "Sent the order confirmation"},
        {"id": "x-00461", "date": "2025-07-26", "kind": "qbr", "contacts": ["c-0212"], "summary": "Quarterly business review"},
        {"id": "x-00462", "date": "2026-02-01", "kind": "qbr", "contacts": ["c-0212"], "summary": "Quarterly business review"}
      ],
      "opportunities": [
        {"id": "o-0070", "name": "Line retrofit", "kind": "renewal", "stage": "discovery", "stage_since": "2026-09-06", "amount": 8000, "slips": 3, "contacts": ["c-0212"], "created": "2026-01-23", "close_date": "2027-02-23"},
        {"id": "o-0071", "name": "Renewal 2027", "kind": "expansion", "stage": "discovery", "stage_since": "2026-10-05", "amount": 6000, "slips": 2, "contacts": ["c-0212"], "created": "2026-07-20", "close_date": "2027-02-04"}
      ]
    },
    {
      "id": "a-067",
      "name": "Grieg Pharma AS",
      "owner": "r-07",
      "industry": "Healthcare",
      "tier": "core",
      "since": "2024-07-09",
      "employees": 689,
      "potential": 86000,
      "revenue": [
        {"period": "2025-Q2", "amount": 20570},
        {"period": "2025-Q3", "amount": 21190},
        {"period": "2025-Q4", "amount": 22030},
        {"period": "2026-Q1", "amount": 21210},
        {"period": "2026-Q2", "amount": 21840},
        {"period": "2026-Q3", "amount": 21180}
      ],
      "contacts": [
        {"id": "c-0214", "name": "Fabio Moretti", "title": "COO", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-23"},
        {"id": "c-0215", "name": "Carlos Urban", "title": "Purchasing Manager", "department": "Operations", "level": "manager", "role": "influencer", "last_contact": "2026-09-28"}
      ],
      "activities": [
        {"id": "x-00463", "date": "2025-09-21", "kind": "email", "contacts": ["c-0214"], "summary": "Sent the order confirmation"},
        {"id": "x-00464", "date": "2026-05-04", "kind": "meeting", "contacts": ["c-0214"], "summary": "Site visit with the plant manager"},
        {"id": "x-00465", "date": "2026-05-22", "kind": "demo", "contacts": ["c-0215"], "summary": "Demo for the engineering team"},
        {"id": "x-00466", "date": "2026-06-13", "kind": "email", "contacts": ["c-0215"], "summary": "Sent the price list"},
        {"id": "x-00467", "date": "2026-08-21", "kind": "social", "contacts": ["c-0214"], "summary": "Dinner after the site visit"},
        {"id": "x-00468", "date": "2026-09-15", "kind": "proposal", "contacts": ["c-0214"], "summary": "Sent proposal"}
      ],
      "opportunities": [
        {"id": "o-0072", "name": "Pilot on the second site", "kind": "renewal", "stage": "proposal", "stage_since": "2026-11-06", "amount": 10000, "slips": 3, "contacts": ["c-0214"], "created": "2026-08-27", "close_date": "2027-03-02", "proposal": {"sent": "2026-09-16", "co_created": true}}
      ]
    },
    {
      "id": "a-068",
      "name": "Halvorsen Steel AS",
      "owner": "r-07",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2019-11-23",
      "employees": 697,
      "potential": 87000,
      "revenue": [
        {"period": "2025-Q2", "amount": 21280},
        {"period": "2025-Q3", "amount": 21140},
        {"period": "2025-Q4", "amount": 21700},
        {"period": "2026-Q1", "amount": 21070},
        {"period": "2026-Q2", "amount": 21850},
        {"period": "2026-Q3", "amount": 21500}
      ],
      "contacts": [
        {"id": "c-0216", "name": "Chiara Albrecht", "title": "Buyer", "department": "Operations", "level": "staff", "role": "decision_maker", "last_contact": "2026-05-15"},
        {"id": "c-0217", "name": "Paula Jensen", "title": "IT Manager", "department": "Procurement", "level": "manager", "role": "influencer", "last_contact": "2026-05-28"}
      ],
      "activities": [
        {"id": "x-00469", "date": "2025-10-12", "kind": "proposal", "contacts": ["c-0216"], "summary": "Sent proposal"},
        {"id": "x-00470", "date": "2026-05-20", "kind": "email", "contacts": ["c-0217"], "summary": "Sent the order confirmation"},
        {"id": "x-00471", "date": "2026-06-26", "kind": "proposal", "contacts": ["c-0217"], "summary": "Sent revised quote"},
        {"id": "x-00472", "date": "2026-11-02", "kind": "call", "contacts": ["c-0216"], "summary": "Quick status call"},
        {"id": "x-00473", "date": "2026-11-07", "kind": "social", "contacts": ["c-0216"], "summary": "Customer evening at the trade fair"}
      ],
      "opportunities": [
        {"id": "o-0073", "name": "Renewal 2027", "kind": "new_business", "stage": "proposal", "stage_since": "2026-11-07", "amount": 7000, "slips": 2, "contacts": ["c-0216"], "created": "2026-09-05", "close_date": "2027-01-02", "proposal": {"sent": "2026-09-20", "co_created": false}}
      ]
    },
    {
      "id": "a-069",
      "name": "Isaksen Retail AB",
      "owner": "r-07",
      "industry": "Retail",
      "tier": "transactional",
      "since": "2021-08-10",
      "employees": 218,
      "potential": 25000,
      "revenue": [
        {"period": "2025-Q4", "amount": 6040},
        {"period": "2026-Q1", "amount": 5890},
        {"period": "2026-Q2", "amount": 6030},
        {"period": "2026-Q3", "amount": 6310}
      ],
      "contacts": [
        {"id": "c-0218", "name": "Chiara Schneider", "title": "Analyst", "department": "Procurement", "level": "staff", "role": "decision_maker", "last_contact": "2026-10-18"}
      ],
      "activities": [
        {"id": "x-00474", "date": "2025-10-03", "kind": "proposal", "contacts": ["c-0218"], "summary": "Sent proposal"}
      ],
      "opportunities": [
        {"id": "o-0074", "name": "Service level upgrade", "kind": "new_business", "stage": "won", "stage_since": "2026-09-27", "amount": 4000, "slips": 3, "contacts": ["c-0218"], "created": "2026-03-10", "close_date": "2026-11-05", "proposal": {"sent": "2026-09-14", "co_created": false}}
      ]
    },
    {
      "id": "a-070",
      "name": "Juhl Wind ApS",
      "owner": "r-07",
      "industry": "Energy",
      "tier": "transactional",
      "since": "2018-05-20",
      "employees": 192,
      "potential": 22000,
      "revenue": [
        {"period": "2025-Q4", "amount": 5690},
        {"period": "2026-Q1", "amount": 5670},
        {"period": "2026-Q2", "amount": 5710},
        {"period": "2026-Q3", "amount": 5630}
      ],
      "contacts": [
        {"id": "c-0219", "name": "Sven Gomez", "title": "CFO", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-06-30"}
      ],
      "activities": [
        {"id": "x-00475", "date": "2025-06-10", "kind": "email", "contacts": ["c-0219"], "summary": "Sent the order confirmation"},
        {"id": "x-00476", "date": "2026-03-03", "kind": "proposal", "contacts": ["c-0219"], "summary": "Sent proposal"},
        {"id": "x-00477", "date": "2026-06-18", "kind": "call", "contacts": ["c-0219"], "summary": "Call about the delivery delay"}
      ],
      "opportunities": [
        {"id": "o-0075", "name": "Line retrofit", "kind": "new_business", "stage": "discovery", "stage_since": "2026-10-14", "amount": 4000, "slips": 2, "contacts": ["c-0219"], "created": "2026-06-19", "close_date": "2027-02-05"},
        {"id": "o-0076", "name": "Pilot on the second site", "kind": "new_business", "stage": "proposal", "stage_since": "2026-10-22", "amount": 3000, "slips": 4, "contacts": ["c-0219"], "created": "2026-09-10", "close_date": "2027-03-21", "proposal": {"sent": "2026-10-02", "co_created": false}}
      ]
    },
    {
      "id": "a-071",
      "name": "Arnaud Cosmétiques SA",
      "owner": "r-08",
      "industry": "Chemicals",
      "tier": "key",
      "since": "2025-08-16",
      "employees": 4032,
      "potential": 515000,
      "revenue": [
        {"period": "2024-Q4", "amount": 137050},
        {"period": "2025-Q1", "amount": 141090},
        {"period": "2025-Q2", "amount": 147060},
        {"period": "2025-Q3", "amount": 152220},
        {"period": "2025-Q4", "amount": 162020},
        {"period": "2026-Q1", "amount": 167740},
        {"period": "2026-Q2", "amount": 176750},
        {"period": "2026-Q3", "amount": 180630}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-10-23",
        "next_review": "2027-04-21",
        "target": 630000,
        "objectives": ["Standardise all sites on our platform", "Add the maintenance contract"],
        "actions": [{"what": "Reference visit to a customer site", "due": "2027-01-05", "done": false}, {"what": "Executive sponsor lunch", "due": "2027-01-08", "done": false}, {"what": "Executive sponsor lunch", "due": "2026-12-10", "done": false}]
      },
      "contacts": [
        {"id": "c-0220", "name": "Fabio Ferrari", "title": "CEO", "department": "Finance", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-02"},
        {"id": "c-0221", "name": "Leonor Dietrich", "title": "Head of Procurement", "department": "Operations", "level": "senior", "role": "champion", "last_contact": "2026-08-21"},
        {"id": "c-0222", "name": "Nils Sousa", "title": "CFO", "department": "Procurement", "level": "executive", "role": "user", "last_contact": "2026-06-09"},
        {"id": "c-0223", "name": "Irene Holm", "title": "Process Engineer", "department": "IT", "level": "staff", "last_contact": "2026-10-22"},
        {"id": "c-0224", "name": "Laura Keller", "title": "Purchasing Manager", "department": "Production", "level": "manager", "last_contact": "2026-08-19"},
        {"id": "c-0225", "name": "Leonor Sousa", "title": "Plant Manager", "department": "Quality", "level": "manager", "last_contact": "2026-10-26"},
        {"id": "c-0226", "name": "Mateus Bauer", "title": "Analyst", "department": "Finance", "level": "staff", "last_contact": "2026-07-10"},
        {"id": "c-0227", "name": "Wim Schneider", "title": "Quality Manager", "department": "Operations", "level": "manager", "role": "user", "last_contact": "2026-11-20"}
      ],
      "activities": [
        {"id": "x-00478", "date": "2025-06-16", "kind": "meeting", "contacts": ["c-0221"], "summary": "Met the operations team"},
        {"id": "x-00479", "date": "2025-07-18", "kind": "workshop", "contacts": ["c-0224"], "summary": "Planning workshop on next year"},
        {"id": "x-00480", "date": "2025-07-31", "kind": "email", "contacts": ["c-0225"], "summary": "Shared a case study"},
        {"id": "x-00481", "date": "2025-08-04", "kind": "meeting", "contacts": ["c-0222"], "summary": "Met the operations team"},
        {"id": "x-00482", "date": "2025-08-21", "kind": "meeting", "contacts": ["c-0221"], "summary": "Site visit with the plant manager"},
        {"id": "x-00483", "date": "2025-11-07", "kind": "social", "contacts": ["c-0221"], "summary": "Dinner after the site visit"},
        {"id": "x-00484", "date": "2026-03-13", "kind": "qbr", "contacts": ["c-0225"], "summary": "Quarterly business review"},
        {"id": "x-00485", "date": "2026-03-14", "kind": "proposal", "contacts": ["c-0223"], "summary": "Sent revised quote"},
        {"id": "x-00486", "date": "2026-03-26", "kind": "email", "contacts": ["c-0227"], "summary": "Answered questions on terms"},
        {"id": "x-00487", "date": "2026-04-09", "kind": "proposal", "contacts": ["c-0227"], "summary": "Sent proposal"},
        {"id": "x-00488", "date": "2026-06-19", "kind": "meeting", "contacts": ["c-0227"], "summary": "Lunch with the sponsor"},
        {"id": "x-00489", "date": "2026-07-03", "kind": "meeting", "contacts": ["c-0222"], "summary": "Met the operations team"},
        {"id": "x-00490", "date": "2026-09-14", "kind": "qbr", "contacts": ["c-0226"], "summary": "Quarterly business review"},
        {"id": "x-00491", "date": "2026-09-16", "kind": "email", "contacts": ["c-0224"], "summary": "Sent the price list"},
        {"id": "x-00492", "date": "2026-09-23", "kind": "email", "contacts": ["c-0221"], "summary": "Answered questions on terms"},
        {"id": "x-00493", "date": "2026-10-04", "kind": "proposal", "contacts": ["c-0225"], "summary": "Sent proposal"},
        {"id": "x-00494", "date": "2026-10-07", "kind": "meeting", "contacts": ["c-0227"], "summary": "Site visit with the plant manager"}
      ],
      "opportunities": [
        {"id": "o-0077", "name": "Line retrofit", "kind": "new_business", "stage": "negotiation", "stage_since": "2026-06-17", "amount": 57000, "slips": 0, "contacts": ["c-0220"], "created": "2026-06-13", "close_date": "2026-12-31", "proposal": {"sent": "2026-08-29", "co_created": true}},
        {"id": "o-0078", "name": "Spare parts programme", "kind": "renewal", "stage": "lost", "stage_since": "2026-09-07", "amount": 80000, "slips": 0, "contacts": ["c-0220"], "created": "2026-03-25", "close_date": "2026-10-28", "proposal": {"sent": "2026-08-07", "co_created": false}}
      ]
    },
    {
      "id": "a-072",
      "name": "Bastien Transports SARL",
      "owner": "r-08",
      "industry": "Logistics",
      "tier": "key",
      "since": "2024-07-18",
      "employees": 3895,
      "potential": 498000,
      "revenue": [
        {"period": "2024-Q4", "amount": 130750},
        {"period": "2025-Q1", "amount": 143680},
        {"period": "2025-Q2", "amount": 151020},
        {"period": "2025-Q3", "amount": 155620},
        {"period": "2025-Q4", "amount": 171440},
        {"period": "2026-Q1", "amount": 173110},
        {"period": "2026-Q2", "amount": 185080},
        {"period": "2026-Q3", "amount": 189630}
      ],
      "growth_plan": {
        "status": "active",
        "updated": "2026-08-06",
        "next_review": "2027-02-02",
        "target": 609000,
        "objectives": ["Become preferred supplier for the second plant", "Meet the new CFO and present the three-year plan"],
        "actions": [{"what": "Pilot on line 3", "due": "2027-01-12", "done": false}, {"what": "Workshop with the plant managers", "due": "2027-02-22", "done": false}]
      },
      "contacts": [
        {"id": "c-0228", "name": "Klaus Urban", "title": "Managing Director", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-06-11"},
        {"id": "c-0229", "name": "Marta Krüger", "title": "Finance Director", "department": "Procurement", "level": "senior", "role": "champion", "last_contact": "2026-06-27"},
        {"id": "c-0230", "name": "Ewa Moretti", "title": "CFO", "department": "IT", "level": "executive", "last_contact": "2026-08-03"},
        {"id": "c-0231", "name": "Piotr Varga", "title": "Coordinator", "department": "Production", "level": "staff", "role": "influencer", "last_contact": "2026-09-21"},
        {"id": "c-0232", "name": "Piotr Eriksen", "title": "Quality Manager", "department": "Quality", "level": "manager", "last_contact": "2026-10-09"},
        {"id": "c-0233", "name": "Ulrich Wiśniewska", "title": "Quality Manager", "department": "Finance", "level": "manager", "last_contact": "2026-09-01"},
        {"id": "c-0234", "name": "Otto Sousa", "title": "Planner", "department": "Operations", "level": "staff", "last_contact": "2026-05-21"}
      ],
      "activities": [
        {"id": "x-00495", "date": "2025-06-06", "kind": "meeting", "contacts": ["c-0232"], "summary": "Account review at their office"},
        {"id": "x-00496", "date": "2025-06-14", "kind": "meeting", "contacts": ["c-0233"], "summary": "Site visit with the plant manager"},
        {"id": "x-00497", "date": "2025-06-20", "kind": "meeting", "contacts": ["c-0230"], "summary": "Site visit with the plant manager"},
        {"id": "x-00498", "date": "2025-07-27", "kind": "qbr", "contacts": ["c-0234"], "summary": "QBR with their leadership team"},
        {"id": "x-00499", "date": "2025-07-31", "kind": "meeting", "contacts": ["c-0234"], "summary": "Site visit with the plant manager"},
        {"id": "x-00500", "date": "2025-08-07", "kind": "call", "contacts": ["c-0229"], "summary": "Call about next year's volumes"},
        {"id": "x-00501", "date": "2025-09-14", "kind": "qbr", "contacts": ["c-0228"], "summary": "QBR with their leadership team"},
        {"id": "x-00502", "date": "2025-10-27", "kind": "social", "contacts": ["c-0233"], "summary": "Dinner after the site visit"},
        {"id": "x-00503", "date": "2025-12-03", "kind": "social", "contacts": ["c-0231"], "summary": "Dinner after the site visit"},
        {"id": "x-00504", "date": "2025-12-03", "kind": "email", "contacts": ["c-0229"], "summary": "Sent the price list"},
        {"id": "x-00505", "date": "2025-12-04", "kind": "qbr", "contacts": ["c-0232"], "summary": "QBR with their leadership team"},
        {"id": "x-00506", "date": "2026-01-09", "kind": "workshop", "contacts": ["c-0228"], "summary": "Value workshop with operations"},
        {"id": "x-00507", "date": "2026-02-05", "kind": "email", "contacts": ["c-0228"], "summary": "Sent the price list"},
        {"id": "x-00508", "date": "2026-02-26", "kind": "meeting", "contacts": ["c-0230"], "summary": "Account review at their office"},
        {"id": "x-00509", "date": "2026-05-24", "kind": "email", "contacts": ["c-0233"], "summary": "Shared a case study"},
        {"id": "x-00510", "date": "2026-05-29", "kind": "workshop", "contacts": ["c-0228"], "summary": "Value workshop with operations"},
        {"id": "x-00511", "date": "2026-06-21", "kind": "social", "contacts": ["c-0232"], "summary": "Dinner after the site visit"},
        {"id": "x-00512", "date": "2026-07-27", "kind": "meeting", "contacts": ["c-0231"], "summary": "Met the operations team"},
        {"id": "x-00513", "date": "2026-07-27", "kind": "meeting", "contacts": ["c-0230"], "summary": "Site visit with the plant manager"},
        {"id": "x-00514", "date": "2026-08-07", "kind": "call", "contacts": ["c-0233"], "summary": "Call about next year's volumes"},
        {"id": "x-00515", "date": "2026-08-10", "kind": "proposal", "contacts": ["c-0233"], "summary": "Sent revised quote"},
        {"id": "x-00516", "date": "2026-08-14", "kind": "meeting", "contacts": ["c-0228"], "summary": "Lunch with the sponsor"},
        {"id": "x-00517", "date": "2026-09-05", "kind": "workshop", "contacts": ["c-0231"], "summary": "Planning workshop on next year"},
        {"id": "x-00518", "date": "2026-09-08", "kind": "call", "contacts": ["c-0232"], "summary": "Quick status call"},
        {"id": "x-00519", "date": "2026-10-29", "kind": "qbr", "contacts": ["c-0230"], "summary": "QBR with their leadership team"},
        {"id": "x-00520", "date": "2026-11-03", "kind": "demo", "contacts": ["c-0232"], "summary": "Remote demo of the new release"}
      ],
      "opportunities": [
        {"id": "o-0079", "name": "Line retrofit", "kind": "renewal", "stage": "negotiation", "stage_since": "2026-06-06", "amount": 116000, "slips": 1, "contacts": ["c-0228"], "created": "2026-03-15", "close_date": "2027-01-27", "proposal": {"sent": "2026-11-09", "co_created": true}},
        {"id": "o-0080", "name": "Line retrofit", "kind": "renewal", "stage": "qualification", "stage_since": "2026-10-08", "amount": 149000, "slips": 0, "contacts": ["c-0228"], "created": "2026-08-24", "close_date": "2027-03-24"}
      ]
    },
    {
      "id": "a-073",
      "name": "Chevalier Santé SA",
      "owner": "r-08",
      "industry": "Healthcare",
      "tier": "growth",
      "since": "2018-03-17",
      "employees": 1722,
      "potential": 218000,
      "revenue": [
        {"period": "2024-Q4", "amount": 58360},
        {"period": "2025-Q1", "amount": 60430},
        {"period": "2025-Q2", "amount": 63780},
        {"period": "2025-Q3", "amount": 69560},
        {"period": "2025-Q4", "amount": 70180},
        {"period": "2026-Q1", "amount": 71360},
        {"period": "2026-Q2", "amount": 74680},
        {"period": "2026-Q3", "amount": 80310}
      ],
      "contacts": [
        {"id": "c-0235", "name": "Hannes Kaiser", "title": "Managing Director", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-02"},
        {"id": "c-0236", "name": "Katrin Jensen", "title": "Finance Director", "department": "IT", "level": "senior", "role": "champion", "last_contact": "2026-06-21"},
        {"id": "c-0237", "name": "Frida Vogel", "title": "CIO", "department": "Production", "level": "executive", "last_contact": "2026-09-04"},
        {"id": "c-0238", "name": "Nils Krüger", "title": "Analyst", "department": "Quality", "level": "staff", "role": "influencer", "last_contact": "2026-10-16"},
        {"id": "c-0239", "name": "Katrin Vogel", "title": "Quality Manager", "department": "Finance", "level": "manager", "role": "user", "last_contact": "2026-06-27"}
      ],
      "activities": [
        {"id": "x-00521", "date": "2025-09-29", "kind": "call", "contacts": ["c-0239"], "summary": "Quick status call"},
        {"id": "x-00522", "date": "2026-02-17", "kind": "qbr", "contacts": ["c-0236"], "summary": "QBR with their leadership team"},
        {"id": "x-00523", "date": "2026-03-08", "kind": "meeting", "contacts": ["c-0239"], "summary": "Met the operations team"},
        {"id": "x-00524", "date": "2026-04-27", "kind": "workshop", "contacts": ["c-0236"], "summary": "Planning workshop on next year"},
        {"id": "x-00525", "date": "2026-06-20", "kind": "meeting", "contacts": ["c-0237"], "summary": "Met the operations team"},
        {"id": "x-00526", "date": "2026-08-03", "kind": "proposal", "contacts": ["c-0237"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00527", "date": "2026-10-06", "kind": "demo", "contacts": ["c-0239"], "summary": "Demo for the engineering team"}
      ],
      "opportunities": [
        {"id": "o-0081", "name": "Framework agreement 2027", "kind": "expansion", "stage": "negotiation", "stage_since": "2026-05-25", "amount": 48000, "slips": 1, "contacts": ["c-0235"], "created": "2026-07-12", "close_date": "2027-03-22", "proposal": {"sent": "2026-09-01", "co_created": false}},
        {"id": "o-0082", "name": "Service level upgrade", "kind": "new_business", "stage": "qualification", "stage_since": "2026-11-13", "amount": 63000, "slips": 1, "contacts": ["c-0235"], "created": "2026-03-19", "close_date": "2027-03-23"}
      ]
    },
    {
      "id": "a-074",
      "name": "Delacroix Vins SAS",
      "owner": "r-08",
      "industry": "Food & Beverage",
      "tier": "growth",
      "since": "2025-06-06",
      "employees": 1744,
      "potential": 221000,
      "revenue": [
        {"period": "2024-Q4", "amount": 58500},
        {"period": "2025-Q1", "amount": 60510},
        {"period": "2025-Q2", "amount": 62360},
        {"period": "2025-Q3", "amount": 64410},
        {"period": "2025-Q4", "amount": 70230},
        {"period": "2026-Q1", "amount": 76570},
        {"period": "2026-Q2", "amount": 82060},
        {"period": "2026-Q3", "amount": 90080}
      ],
      "contacts": [
        {"id": "c-0240", "name": "Mikael Ortega", "title": "COO", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-09-09"},
        {"id": "c-0241", "name": "Nadia Engel", "title": "Head of Procurement", "department": "Production", "level": "senior", "role": "champion", "last_contact": "2026-09-10"},
        {"id": "c-0242", "name": "Tamara Krüger", "title": "Managing Director", "department": "Quality", "level": "executive", "last_contact": "2026-06-28"},
        {"id": "c-0243", "name": "Paula Castro", "title": "Analyst", "department": "Finance", "level": "staff", "last_contact": "2026-09-02"},
        {"id": "c-0244", "name": "Elif Marek", "title": "Quality Manager", "department": "Operations", "level": "manager", "role": "user", "last_contact": "2026-05-29"}
      ],
      "activities": [
        {"id": "x-00528", "date": "2025-08-10", "kind": "demo", "contacts": ["c-0243"], "summary": "Demo for the engineering team"},
        {"id": "x-00529", "date": "2025-10-07", "kind": "qbr", "contacts": ["c-0241"], "summary": "Quarterly business review"},
        {"id": "x-00530", "date": "2026-01-17", "kind": "meeting", "contacts": ["c-0244"], "summary": "Met the operations team"},
        {"id": "x-00531", "date": "2026-02-02", "kind": "social", "contacts": ["c-0244"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00532", "date": "2026-04-10", "kind": "meeting", "contacts": ["c-0244"], "summary": "Account review at their office"},
        {"id": "x-00533", "date": "2026-04-16", "kind": "proposal", "contacts": ["c-0240"], "summary": "Sent proposal"},
        {"id": "x-00534", "date": "2026-08-15", "kind": "workshop", "contacts": ["c-0240"], "summary": "Planning workshop on next year"},
        {"id": "x-00535", "date": "2026-09-21", "kind": "email", "contacts": ["c-0243"], "summary": "Sent the order confirmation"},
        {"id": "x-00536", "date": "2026-10-10", "kind": "call", "contacts": ["c-0243"], "summary": "Follow-up call"}
      ],
      "opportunities": [
        {"id": "o-0083", "name": "Pilot on the second site", "kind": "expansion", "stage": "negotiation", "stage_since": "2026-06-27", "amount": 19000, "slips": 0, "contacts": ["c-0240"], "created": "2026-03-29", "close_date": "2027-03-05", "proposal": {"sent": "2026-10-16", "co_created": false}}
      ],
      "fields": {
        "nps": 26
      }
    },
    {
      "id": "a-075",
      "name": "Étienne Mécanique SA",
      "owner": "r-08",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2019-04-17",
      "employees": 809,
      "potential": 101000,
      "revenue": [
        {"period": "2025-Q2", "amount": 25760},
        {"period": "2025-Q3", "amount": 28170},
        {"period": "2025-Q4", "amount": 29860},
        {"period": "2026-Q1", "amount": 32170},
        {"period": "2026-Q2", "amount": 35730},
        {"period": "2026-Q3", "amount": 38520}
      ],
      "contacts": [
        {"id": "c-0245", "name": "Sven Richter", "title": "COO", "department": "Production", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-15"},
        {"id": "c-0246", "name": "Elif Wiśniewska", "title": "Plant Manager", "department": "Quality", "level": "manager", "role": "champion", "last_contact": "2026-05-15"},
        {"id": "c-0247", "name": "Katrin Hartmann", "title": "Logistics Manager", "department": "Finance", "level": "manager", "last_contact": "2026-10-02"}
      ],
      "activities": [
        {"id": "x-00537", "date": "2026-03-22", "kind": "qbr", "contacts": ["c-0247"], "summary": "Quarterly business review"},
        {"id": "x-00538", "date": "2026-04-14", "kind": "social", "contacts": ["c-0245"], "summary": "Customer evening at the trade fair"},
        {"id": "x-00539", "date": "2026-11-16", "kind": "workshop", "contacts": ["c-0247"], "summary": "Value workshop with operations"}
      ],
      "opportunities": [
        {"id": "o-0084", "name": "Line retrofit", "kind": "renewal", "stage": "negotiation", "stage_since": "2026-05-15", "amount": 19000, "slips": 0, "contacts": ["c-0245"], "created": "2026-02-08", "close_date": "2026-12-12", "proposal": {"sent": "2026-11-04", "co_created": true}}
      ]
    },
    {
      "id": "a-076",
      "name": "Fournier Hôtels SAS",
      "owner": "r-08",
      "industry": "Hospitality",
      "tier": "core",
      "since": "2023-08-21",
      "employees": 594,
      "potential": 73000,
      "revenue": [
        {"period": "2025-Q2", "amount": 18420},
        {"period": "2025-Q3", "amount": 19930},
        {"period": "2025-Q4", "amount": 21780},
        {"period": "2026-Q1", "amount": 24240},
        {"period": "2026-Q2", "amount": 24690},
        {"period": "2026-Q3", "amount": 24970}
      ],
      "contacts": [
        {"id": "c-0248", "name": "Mateus Jovanovic", "title": "Coordinator", "department": "Quality", "level": "staff", "role": "decision_maker", "last_contact": "2026-07-13"},
        {"id": "c-0249", "name": "Viktor Petersen", "title": "Plant Manager", "department": "Finance", "level": "manager", "role": "champion", "last_contact": "2026-09-12"},
        {"id": "c-0250", "name": "Giorgio Richter", "title": "IT Manager", "department": "Operations", "level": "manager", "role": "user", "last_contact": "2026-10-15"}
      ],
      "activities": [
        {"id": "x-00540", "date": "2025-06-05", "kind": "workshop", "contacts": ["c-0249"], "summary": "Planning workshop on next year"},
        {"id": "x-00541", "date": "2025-11-08", "kind": "email", "contacts": ["c-0249"], "summary": "Answered questions on terms"},
        {"id": "x-00542", "date": "2025-12-01", "kind": "call", "contacts": ["c-0249"], "summary": "Quick status call"},
        {"id": "x-00543", "date": "2026-03-08", "kind": "demo", "contacts": ["c-0250"], "summary": "Remote demo of the new release"},
        {"id": "x-00544", "date": "2026-04-03", "kind": "meeting", "contacts": ["c-0250"], "summary": "Site visit with the plant manager"},
        {"id": "x-00545", "date": "2026-08-04", "kind": "workshop", "contacts": ["c-0248"], "summary": "Planning workshop on next year"}
      ],
      "opportunities": []
    },
    {
      "id": "a-077",
      "name": "Garnier Emballages SA",
      "owner": "r-08",
      "industry": "Manufacturing",
      "tier": "core",
      "since": "2024-04-27",
      "employees": 581,
      "potential": 72000,
      "revenue": [
        {"period": "2025-Q2", "amount": 18280},
        {"period": "2025-Q3", "amount": 18760},
        {"period": "2025-Q4", "amount": 19080},
        {"period": "2026-Q1", "amount": 20250},
        {"period": "2026-Q2", "amount": 21990},
        {"period": "2026-Q3", "amount": 24400}
      ],
      "contacts": [
        {"id": "c-0251", "name": "Sven Sousa", "title": "Buyer", "department": "Finance", "level": "staff", "role": "decision_maker", "last_contact": "2026-11-16"}
      ],
      "activities": [
        {"id": "x-00546", "date": "2025-07-29", "kind": "qbr", "contacts": ["c-0251"], "summary": "QBR with their leadership team"},
        {"id": "x-00547", "date": "2025-10-06", "kind": "demo", "contacts": ["c-0251"], "summary": "Demo for the engineering team"},
        {"id": "x-00548", "date": "2026-01-20", "kind": "qbr", "contacts": ["c-0251"], "summary": "QBR with their leadership team"},
        {"id": "x-00549", "date": "2026-05-25", "kind": "meeting", "contacts": ["c-0251"], "summary": "Lunch with the sponsor"}
      ],
      "opportunities": [
        {"id": "o-0085", "name": "Service level upgrade", "kind": "expansion", "stage": "negotiation", "stage_since": "2026-05-12", "amount": 15000, "slips": 1, "contacts": ["c-0251"], "created": "2026-06-18", "close_date": "2027-03-19", "proposal": {"sent": "2026-10-01", "co_created": true}}
      ]
    },
    {
      "id": "a-078",
      "name": "Hubert Énergie SAS",
      "owner": "r-08",
      "industry": "Energy",
      "tier": "core",
      "since": "2018-05-25",
      "employees": 643,
      "potential": 80000,
      "revenue": [
        {"period": "2025-Q2", "amount": 21070},
        {"period": "2025-Q3", "amount": 21810},
        {"period": "2025-Q4", "amount": 23820},
        {"period": "2026-Q1", "amount": 24730},
        {"period": "2026-Q2", "amount": 26860},
        {"period": "2026-Q3", "amount": 29720}
      ],
      "contacts": [
        {"id": "c-0252", "name": "Mikael Berger", "title": "CIO", "department": "Operations", "level": "executive", "role": "decision_maker", "last_contact": "2026-07-04"},
        {"id": "c-0253", "name": "Zoltan Pinto", "title": "IT Manager", "department": "Procurement", "level": "manager", "role": "champion", "last_contact": "2026-10-24"},
        {"id": "c-0254", "name": "Emil Nyberg", "title": "Purchasing Manager", "department": "IT", "level": "manager", "role": "user", "last_contact": "2026-10-27"},
        {"id": "c-0255", "name": "Agnes Dietrich", "title": "Buyer", "department": "Production", "level": "staff", "last_contact": "2026-11-03"}
      ],
      "activities": [
        {"id": "x-00550", "date": "2025-07-17", "kind": "meeting", "contacts": ["c-0255"], "summary": "Site visit with the plant manager"},
        {"id": "x-00551", "date": "2025-10-10", "kind": "workshop", "contacts": ["c-0253"], "summary": "Planning workshop on next year"},
        {"id": "x-00552", "date": "2025-10-28", "kind": "meeting", "contacts": ["c-0253"], "summary": "Site visit with the plant manager"},
        {"id": "x-00553", "date": "2025-11-16", "kind": "social", "contacts": ["c-0254"], "summary": "Dinner after the site visit"},
        {"id": "x-00554", "date": "2026-02-01", "kind": "meeting", "contacts": ["c-0255"], "summary": "Met the operations team"},
        {"id": "x-00555", "date": "2026-05-29", "kind": "email", "contacts": ["c-0252"], "summary": "Sent the price list"},
        {"id": "x-00556", "date": "2026-11-26", "kind": "workshop", "contacts": ["c-0254"], "summary": "Planning workshop on next year"}
      ],
      "opportunities": []
    },
    {
      "id": "a-079",
      "name": "Lefèvre Informatique SA",
      "owner": "r-08",
      "industry": "Technology",
      "tier": "transactional",
      "since": "2019-10-26",
      "employees": 164,
      "potential": 18000,
      "revenue": [
        {"period": "2025-Q4", "amount": 4690},
        {"period": "2026-Q1", "amount": 4860},
        {"period": "2026-Q2", "amount": 4900},
        {"period": "2026-Q3", "amount": 5320}
      ],
      "contacts": [
        {"id": "c-0256", "name": "Irene Gallo", "title": "CFO", "department": "Procurement", "level": "executive", "role": "decision_maker", "last_contact": "2026-10-16"}
      ],
      "activities": [],
      "opportunities": []
    },
    {
      "id": "a-080",
      "name": "Moulin Boulangeries SAS",
      "owner": "r-08",
      "industry": "Food & Beverage",
      "tier": "transactional",
      "since": "2019-05-05",
      "employees": 199,
      "potential": 23000,
      "revenue": [
        {"period": "2025-Q4", "amount": 5750},
        {"period": "2026-Q1", "amount": 5830},
        {"period": "2026-Q2", "amount": 5960},
        {"period": "2026-Q3", "amount": 6590}
      ],
      "contacts": [
        {"id": "c-0257", "name": "Valeria Varga", "title": "CEO", "department": "IT", "level": "executive", "role": "decision_maker", "last_contact": "2026-08-31"}
      ],
      "activities": [
        {"id": "x-00557", "date": "2025-07-22", "kind": "proposal", "contacts": ["c-0257"], "summary": "Sent proposal for the framework deal"},
        {"id": "x-00558", "date": "2026-10-20", "kind": "call", "contacts": ["c-0257"], "summary": "Follow-up call"}
      ],
      "opportunities": []
    }
  ],
  "leads": [
    {
      "id": "l-001",
      "name": "Zoltan Vogel",
      "company": "Amstel Foods",
      "source": "website",
      "owner": "r-01",
      "created": "2026-03-18",
      "status": "new",
      "touches": []
    },
    {
      "id": "l-002",
      "name": "Olivia Fontana",
      "company": "Birkenhof Hotels",
      "source": "partner",
      "owner": "r-01",
      "created": "2026-07-29",
      "status": "disqualified",
      "touches": [
        "2026-07-30"
      ]
    },
    {
      "id": "l-003",
      "name": "Andreas Castro",
      "company": "Crane Logistics",
      "source": "website",
      "owner": "r-01",
      "created": "2026-08-18",
      "status": "converted",
      "touches": [],
      "converted": "2026-08-22"
    },
    {
      "id": "l-004",
      "name": "Sara Olsen",
      "company": "Delft Instruments",
      "source": "trade show",
      "owner": "r-02",
      "created": "2026-09-27",
      "status": "new",
      "touches": [
        "2026-10-07",
        "2026-10-15",
        "2026-10-20",
        "2026-10-29",
        "2026-11-08"
      ]
    },
    {
      "id": "l-005",
      "name": "Lars Keller",
      "company": "Elbe Chemie",
      "source": "referral",
      "owner": "r-02",
      "created": "2026-04-14",
      "status": "qualified",
      "touches": [
        "2026-04-19",
        "2026-04-25",
        "2026-04-28"
      ]
    },
    {
      "id": "l-006",
      "name": "Irene Fontana",
      "company": "Fiorini Moda",
      "source": "webinar",
      "owner": "r-02",
      "created": "2026-07-18",
      "status": "qualified",
      "touches": [
        "2026-07-28",
        "2026-08-05",
        "2026-08-11",
        "2026-08-20",
        "2026-08-24",
        "2026-08-30"
      ]
    },
    {
      "id": "l-007",
      "name": "Tamara Amato",
      "company": "Gdańsk Marine",
      "source": "webinar",
      "owner": "r-03",
      "created": "2026-05-10",
      "status": "disqualified",
      "touches": [
        "2026-05-15",
        "2026-05-19",
        "2026-05-24",
        "2026-06-04",
        "2026-06-10",
        "2026-06-16"
      ]
    },
    {
      "id": "l-008",
      "name": "Otto Ortega",
      "company": "Helsingør Dairy",
      "source": "trade show",
      "owner": "r-03",
      "created": "2026-08-08",
      "status": "converted",
      "touches": [
        "2026-08-13",
        "2026-08-23",
        "2026-09-03",
        "2026-09-15"
      ],
      "converted": "2026-09-22"
    },
    {
      "id": "l-009",
      "name": "Zoltan Fontana",
      "company": "Innsbruck Ski Resorts",
      "source": "website",
      "owner": "r-03",
      "created": "2026-09-27",
      "status": "qualified",
      "touches": [
        "2026-10-02",
        "2026-10-12",
        "2026-10-21",
        "2026-10-28",
        "2026-11-01",
        "2026-11-07"
      ]
    },
    {
      "id": "l-010",
      "name": "Stefan Gallo",
      "company": "Jura Watches",
      "source": "website",
      "owner": "r-04",
      "created": "2026-07-25",
      "status": "disqualified",
      "touches": []
    },
    {
      "id": "l-011",
      "name": "Piotr Albrecht",
      "company": "Krakow Print",
      "source": "partner",
      "owner": "r-04",
      "created": "2026-05-12",
      "status": "disqualified",
      "touches": [
        "2026-05-15"
      ]
    },
    {
      "id": "l-012",
      "name": "Helena Castro",
      "company": "Linz Steelworks",
      "source": "trade show",
      "owner": "r-04",
      "created": "2026-09-19",
      "status": "nurturing",
      "touches": []
    },
    {
      "id": "l-013",
      "name": "Otto Hartmann",
      "company": "Malmö Packaging",
      "source": "trade show",
      "owner": "r-05",
      "created": "2026-06-05",
      "status": "converted",
      "touches": [
        "2026-06-09",
        "2026-06-16",
        "2026-06-24",
        "2026-06-29",
        "2026-07-10",
        "2026-07-13"
      ],
      "converted": "2026-07-23"
    },
    {
      "id": "l-014",
      "name": "Agnes Teixeira",
      "company": "Nantes Biotech",
      "source": "partner",
      "owner": "r-05",
      "created": "2026-09-02",
      "status": "nurturing",
      "touches": [
        "2026-09-14",
        "2026-09-23",
        "2026-09-26",
        "2026-09-30"
      ]
    },
    {
      "id": "l-015",
      "name": "Frida Jovanovic",
      "company": "Oporto Cork",
      "source": "partner",
      "owner": "r-05",
      "created": "2026-07-06",
      "status": "qualified",
      "touches": [
        "2026-07-16",
        "2026-07-19",
        "2026-07-23",
        "2026-07-26",
        "2026-08-02",
        "2026-08-13"
      ]
    },
    {
      "id": "l-016",
      "name": "Ulrich Castro",
      "company": "Pilsen Brewing",
      "source": "website",
      "owner": "r-06",
      "created": "2026-05-15",
      "status": "disqualified",
      "touches": [
        "2026-05-20",
        "2026-05-25",
        "2026-06-06"
      ]
    },
    {
      "id": "l-017",
      "name": "Sara Quinn",
      "company": "Quimper Pottery",
      "source": "website",
      "owner": "r-06",
      "created": "2026-04-06",
      "status": "nurturing",
      "touches": [
        "2026-04-18",
        "2026-04-25",
        "2026-04-30",
        "2026-05-09",
        "2026-05-13",
        "2026-05-16"
      ]
    },
    {
      "id": "l-018",
      "name": "Irene Teixeira",
      "company": "Rotterdam Cold Storage",
      "source": "trade show",
      "owner": "r-06",
      "created": "2026-07-27",
      "status": "disqualified",
      "touches": [
        "2026-08-06",
        "2026-08-18",
        "2026-08-24",
        "2026-09-01"
      ]
    },
    {
      "id": "l-019",
      "name": "Olivia Martins",
      "company": "Salzburg Clinics",
      "source": "website",
      "owner": "r-07",
      "created": "2026-09-07",
      "status": "qualified",
      "touches": [
        "2026-09-12"
      ]
    },
    {
      "id": "l-020",
      "name": "Stefan Olsen",
      "company": "Tallinn Software",
      "source": "trade show",
      "owner": "r-07",
      "created": "2026-07-18",
      "status": "converted",
      "touches": [],
      "converted": "2026-07-24"
    },
    {
      "id": "l-021",
      "name": "Chiara Marek",
      "company": "Utrecht Bikes",
      "source": "webinar",
      "owner": "r-07",
      "created": "2026-05-18",
      "status": "new",
      "touches": []
    },
    {
      "id": "l-022",
      "name": "Yvonne Petersen",
      "company": "Valencia Citrus",
      "source": "trade show",
      "owner": "r-08",
      "created": "2026-02-21",
      "status": "converted",
      "touches": [
        "2026-02-25",
        "2026-03-04",
        "2026-03-12",
        "2026-03-22"
      ],
      "converted": "2026-03-27"
    },
    {
      "id": "l-023",
      "name": "Frida Zeller",
      "company": "Wrocław Glass",
      "source": "referral",
      "owner": "r-08",
      "created": "2026-03-10",
      "status": "converted",
      "touches": [
        "2026-03-14",
        "2026-03-25",
        "2026-04-03",
        "2026-04-15"
      ],
      "converted": "2026-04-20"
    },
    {
      "id": "l-024",
      "name": "Elif Ortega",
      "company": "Ystad Ferries",
      "source": "partner",
      "owner": "r-08",
      "created": "2026-01-31",
      "status": "qualified",
      "touches": [
        "2026-02-12",
        "2026-02-23",
        "2026-03-03",
        "2026-03-10",
        "2026-03-19",
        "2026-03-30"
      ]
    }
  ]
}
"""##
}
