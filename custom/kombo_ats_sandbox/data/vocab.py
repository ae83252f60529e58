"""Words the seed data is made of: names, companies, jobs, stages, tags, reasons, notes, scorecards.

Only plain tuples; :mod:`.data`, :mod:`.seed_catalog` and :mod:`.seed_activity` pick from them with a
seeded generator, so the same seed always gives the same data.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Elif",
    "Felix",
    "Greta",
    "Hannah",
    "Ivan",
    "Jonas",
    "Kai",
    "Lea",
    "Malik",
    "Nora",
    "Oskar",
    "Paula",
    "Quentin",
    "Rosa",
    "Samir",
    "Tara",
    "Umut",
    "Vera",
    "Wen",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Amara",
    "Bruno",
    "Chiara",
    "Diego",
    "Emma",
    "Farid",
    "Giulia",
    "Hugo",
    "Ines",
    "Jakob",
    "Keiko",
    "Lars",
    "Mia",
    "Noah",
    "Olga",
    "Pedro",
    "Priya",
    "Rafael",
    "Sofia",
    "Tomas",
    "Uma",
    "Viktor",
    "Yara",
    "Lukas",
    "Marta",
    "Aiko",
    "Sven",
    "Leila",
)
LAST_NAMES = (
    "Müller",
    "Schmidt",
    "Garcia",
    "Rossi",
    "Novak",
    "Kowalski",
    "Jensen",
    "Dubois",
    "Silva",
    "Yilmaz",
    "Nakamura",
    "Okafor",
    "Haddad",
    "Ivanova",
    "Fischer",
    "Weber",
    "Martin",
    "Bernard",
    "Lopez",
    "Costa",
    "Andersen",
    "Nilsson",
    "Popescu",
    "Horvat",
    "Smith",
    "Brown",
    "Patel",
    "Kim",
    "Nguyen",
    "Chen",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schulz",
    "Keller",
    "Richter",
    "Wolf",
    "Neumann",
    "Klein",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hartmann",
    "Lange",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmitz",
    "Maier",
    "Köhler",
    "Herrmann",
    "O'Brien",
    "van der Berg",
    "De Luca",
)
EMAIL_DOMAINS = ("example.com", "mail.example.org", "example.net", "inbox.example.io")
COMPANIES = (
    "Acme, Inc.",
    "Globex",
    "Initech",
    "Umbrella GmbH",
    "Stark Industries",
    "Hooli",
    "Vandelay Imports",
    "Wayne Enterprises",
    "Soylent Corp",
    "Tyrell AG",
    None,
)
TITLES = (
    "Software Engineer",
    "Product Manager",
    "Data Analyst",
    "Sales Representative",
    "Head of Marketing",
    "UX Designer",
    "Account Executive",
    "Recruiter",
    "DevOps Engineer",
    "Customer Success Manager",
    None,
)
SOURCES = ("LinkedIn", "Employee Referral", "Company Website", "Indeed", "StepStone", "Agency", None)
TAGS = (
    "High Potential",
    "Relocation",
    "Silver Medalist",
    "Do Not Contact",
    "Returning",
    "Remote Only",
    "Referral",
    "Campus",
)
REJECTION_REASONS = (
    "Not a fit",
    "No show",
    "Withdrew application",
    "Salary expectations too high",
    "Position filled",
    "Failed assessment",
)
PLACES = (
    ("Berlin", "Berlin", "DE", "10115", "Lohmühlenstraße 65"),
    ("Munich", "Bavaria", "DE", "80331", "Marienplatz 1"),
    ("Vienna", "Vienna", "AT", "1010", "Graben 21"),
    ("Zurich", "Zurich", "CH", "8001", "Bahnhofstrasse 10"),
    ("Paris", "Île-de-France", "FR", "75002", "12 Rue de la Paix"),
    ("Amsterdam", "North Holland", "NL", "1012", "Damrak 70"),
    ("London", "England", "GB", "EC1A 1BB", "1 St Martin's Le Grand"),
    ("New York", "NY", "US", "10001", "350 5th Ave"),
    ("Toronto", "Ontario", "CA", "M5H 2N2", "100 Queen St W"),
    ("Lisbon", "Lisbon", "PT", "1100-148", "Praça do Comércio"),
)
JOB_TITLES = (
    ("Backend Engineer", "Engineering", "Technical Job"),
    ("Frontend Engineer", "Engineering", "Technical Job"),
    ("Site Reliability Engineer", "Engineering", "Technical Job"),
    ("Data Scientist", "Data", "Technical Job"),
    ("Product Designer", "Design", "Creative"),
    ("Product Manager", "Product", "Management"),
    ("Account Executive", "Sales", "Sales"),
    ("Customer Success Manager", "Customer Success", "Service"),
    ("Talent Acquisition Partner", "People", "HR"),
    ("Financial Controller", "Finance", "Finance"),
    ("Warehouse Associate", "Operations", "Logistics"),
    ("Marketing Manager", "Marketing", "Marketing"),
)
SENIORITIES = ("Junior", "", "Senior", "Lead", "Working Student")
STAGE_NAMES = (
    "Application Review",
    "Initial Screening",
    "Phone Interview",
    "Technical Interview",
    "Onsite Interview",
    "Reference Check",
    "Offer",
    "Hired",
)
JOB_STATUSES = ("OPEN",) * 6 + ("CLOSED", "CLOSED", "DRAFT", "ARCHIVED")
EMPLOYMENT_TYPES = ("FULL_TIME",) * 5 + ("PART_TIME", "PART_TIME", "CONTRACT", "SEASONAL", "INTERNSHIP")
VISIBILITIES = ("PUBLIC",) * 5 + ("INTERNAL", "INTERNAL", "UNLISTED", "CONFIDENTIAL")
REMOTE_WORK = ("REMOTE", "HYBRID", "HYBRID", "ON_SITE", "TEMPORARY", None)
SALARY_PERIODS = ("YEAR", "YEAR", "MONTH", "HOUR")
CURRENCIES = ("EUR", "EUR", "USD", "GBP", "CHF", "CAD")
EXPERIENCE = ("Entry level", "Mid-Senior", "Senior", "Director", None)
OUTCOMES = ("PENDING",) * 6 + ("DECLINED",) * 3 + ("HIRED",)
OFFER_STATUSES = ("ACCEPTED", "DECLINED", "SENT", "APPROVED", "DRAFT", "ABANDONED")
QUESTIONS: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    ("Which is your primary programming language?", "TEXT", "SINGLE_LINE", ()),
    ("Why do you want to work with us?", "TEXT", "MULTI_LINE", ()),
    ("Link to your portfolio", "TEXT", "URL", ()),
    ("Do you have a valid work permit?", "BOOLEAN", None, ()),
    ("What is your notice period?", "SINGLE_SELECT", None, ("None", "1 month", "3 months", "6 months")),
    ("Which languages do you speak?", "MULTI_SELECT", None, ("English", "German", "French", "Spanish")),
    ("Are you willing to relocate?", "BOOLEAN", None, ()),
)

USERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # first name, last name, system role labels (see ROLES)
    ("Alex", "Morgan", ("Site Admin",)),
    ("Jamie", "Fischer", ("Recruiter",)),
    ("Robin", "Schäfer", ("Recruiter",)),
    ("Sam", "Okoro", ("Recruiter", "Site Admin")),
    ("Kim", "Larsen", ("Basic",)),
    ("Noor", "Rahman", ("Basic",)),
    ("Leon", "Hartung", ("Basic",)),
    ("Maya", "Ionescu", ("Basic",)),
    ("Chris", "Duarte", ("Basic",)),
    ("Eva", "Lindqvist", ("Basic",)),
    ("Tobias", "Brandt", ("Recruiter",)),
    ("Ines", "Moreau", ("Basic",)),
)
ROLES: tuple[tuple[str, str, str], ...] = (
    # remote label, scope, unified type
    ("Site Admin", "SYSTEM", "ADMIN"),
    ("Recruiter", "SYSTEM", "RECRUITER"),
    ("Basic", "SYSTEM", "INTERVIEWER"),
    ("Hiring Manager", "JOB", "HIRING_MANAGER"),
    ("Recruiter", "JOB", "RECRUITER"),
    ("Coordinator", "JOB", "COORDINATOR"),
    ("Interviewer", "JOB", "INTERVIEWER"),
    ("Sourcer", "JOB", "SOURCER"),
)
NOTES: tuple[tuple[str | None, str], ...] = (
    ("Screening call", "<p>Strong communication, relevant experience. Moving forward.</p>"),
    (None, "<p>Candidate asked to reschedule the interview to next week.</p>"),
    ("Salary", "<p>Expects a salary within the budget of the role.</p>"),
    (None, "<p>Sent the take-home assignment.</p>"),
    ("Reference check", "<p>Two references confirmed, both positive.</p>"),
    (None, "<p>Availability: can start in two months.</p>"),
)
SYSTEM_NOTES = (
    "<p>Application received via the careers page.</p>",
    "<p>Auto-reply e-mail sent to the candidate.</p>",
)
SCORECARD_QUESTIONS: tuple[tuple[str, str, str | None, tuple[tuple[str, str], ...]], ...] = (
    # label, type, description, options (remote id, label)
    (
        "Overall recommendation",
        "SINGLE_SELECT",
        None,
        (("strong_no", "Strong No"), ("no", "No"), ("yes", "Yes"), ("strong_yes", "Strong Yes")),
    ),
    ("Technical skills", "NUMBER", "Rate from 1 (weak) to 5 (excellent).", ()),
    ("Communication", "NUMBER", "Rate from 1 (weak) to 5 (excellent).", ()),
    (
        "Strengths",
        "MULTI_SELECT",
        None,
        (("ownership", "Ownership"), ("teamwork", "Teamwork"), ("craft", "Craft"), ("curiosity", "Curiosity")),
    ),
    ("Would you like to work with this person?", "BOOLEAN", None, ()),
    ("Summary", "TEXT", "Key observations in a few sentences.", ()),
    ("Earliest start date discussed", "DATE", None, ()),
)
SCORECARD_SUMMARIES = (
    "Solid fundamentals, clear explanations.",
    "Good culture fit; needs mentoring on system design.",
    "Impressive depth in the core area.",
    "Struggled with the practical exercise.",
)
INTEGRATION_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    # key, model, type, label
    ("requisition_type", "jobs", "CUSTOM", "Requisition type"),
    ("cost_center", "jobs", "CUSTOM", "Cost center"),
    ("hiring_budget", "jobs", "DEFAULT", "Hiring budget"),
    ("desired_salary", "candidates", "CUSTOM", "Desired salary"),
    ("nationality", "candidates", "DEFAULT", "Nationality"),
    ("referral", "applications", "CUSTOM", "Referral"),
    ("signing_bonus", "offers", "CUSTOM", "Signing bonus"),
)
CUSTOM_FIELDS: tuple[tuple[str, str, str, str | None], ...] = (
    # key, model, label, integration field key it is mapped to (None: unmapped)
    ("cost_center", "jobs", "Cost center", "cost_center"),
    ("headcount", "jobs", "Headcount", None),
    ("desired_salary", "candidates", "Desired salary", "desired_salary"),
    ("referral", "applications", "Referral", "referral"),
    ("signing_bonus", "offers", "Signing bonus", None),
)
