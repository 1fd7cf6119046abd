"""The words and weights bench/generate.py and bench/generate_files.py draw from."""

HEADER = ["id", "name", "side", "unit", "roles", "groups", "contact_for",
          "power", "interest", "steps", "level", "influences", "reports_to",
          "email", "notes"]

FIRST_NAMES = [
    "Anna", "Bram", "Chloë", "Daan", "Emma", "Eva", "Fleur", "Finn", "Gijs",
    "Hanna", "Hélène", "Ilse", "Jan", "Jesse", "Julia", "Kees", "Lars", "Lotte",
    "Lucas", "Maarten", "Marieke", "Mila", "Noah", "Noël", "Noor", "Olivier",
    "Pieter", "Renée", "René", "Ruben", "Sanne", "Sem", "Sophie", "Thijs",
    "Tess", "Daphne", "Willem", "Yara", "Zoë", "Anaïs", "Mohamed", "Fatima",
    "Emre", "Ayşe", "Joëlle", "Joris", "Femke", "Bart", "Esther", "Koen",
    "Inge", "Wouter", "Annelies", "Ricardo", "Priya", "Mei", "Søren", "Ingrid",
]

TUSSENVOEGSELS = ["van", "de", "van der", "van den", "van de", "den", "ter",
                  "te", "in 't", "van 't"]

LAST_NAMES = [
    "Jansen", "Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder",
    "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Dijk",
    "Berg", "Leeuwen", "Wijk", "Heuvel", "Linden", "Veen", "Boer",
    "Kok", "Jacobs", "Willems", "Graaf", "Haan", "Groot", "Koster",
    "Özdemir", "Yılmaz", "Brontë", "Çelik", "Maréchal", "Müller", "Ramdin",
    "El Amrani", "Nguyen", "Kowalski", "Søndergaard", "Laan", "Horst",
    "Wal", "Beek", "Vermeulen", "Postma", "Hoekstra", "Kramer", "Schouten",
]
# last names that usually come with a tussenvoegsel
WITH_TV = {"Vries", "Dijk", "Berg", "Leeuwen", "Wijk", "Heuvel", "Linden",
           "Veen", "Boer", "Graaf", "Haan", "Groot", "Laan", "Horst", "Wal",
           "Beek"}

ROLES = [
    "projectleider", "communicatieadviseur", "omgevingsmanager", "jurist",
    "participatieadviseur", "beleidsmedewerker", "wethouder", "burgemeester",
    "gemeentesecretaris", "afdelingshoofd", "teamleider", "programmamanager",
    "procesmanager", "accountmanager", "bestuursadviseur", "financieel adviseur",
    "planeconoom", "stedenbouwkundige", "verkeerskundige", "ecoloog",
    "landschapsarchitect", "vergunningverlener", "handhaver", "wijkmanager",
    "gebiedsregisseur", "contractmanager", "inkoper", "data-analist",
    "secretaris", "raadsgriffier",
]

STEPS_CHOICES = [  # (value, weight); some Dutch aliases, as users write them
    ("frame", 20), ("plan", 15), ("frame|plan", 15), ("all", 10),
    ("goals|start", 8), ("start", 10), ("goals", 8), ("frame|goals|plan", 6),
    ("kaders", 3), ("doelen|starten", 2), ("Plan | Start", 3),
]
LEVELS = [("inform", 30), ("consult", 30), ("advise", 18), ("coproduce", 10),
          ("codecide", 4), ("raadplegen", 4), ("Informeren", 4)]
POWER_INTEREST = [(1, 15), (2, 25), (3, 30), (4, 20), (5, 10)]

NOTES = [
    "Belangrijk contact",
    "Kent het dossier goed",
    "Contact via secretariaat, liefst per mail",
    "Voorkeur voor overleg op locatie, niet online",
    "Betrokken bij vorig project",
    "Nog niet gesproken",
    "Woont in de wijk, kent veel mensen",
    "Kritisch over de plannen, maar constructief",
    "Zegt \"liever later\", bellen na de zomer",
    "Vervangt tijdens verlof: zie teamleider",
]
MULTILINE_NOTES = [
    "Eerste gesprek gehad.\nVervolg in het najaar",
    "Let op:\n- geen mail sturen\n- altijd bellen, ook 's avonds",
]


def cumulative(pairs):
    values, weights = zip(*pairs)
    cum, total = [], 0
    for w in weights:
        total += w
        cum.append(total)
    return list(values), cum
