"""Speakers in other languages: verbs alone and with auxiliaries ("sagte X", "a déclaré X",
"ha detto X"), source phrases ("selon X", "laut X", "nach Angaben der Polizei") and German
verb-second order ("Das teilte die Polizei mit"). The words are data: [languages.XX] tables
of data/speakers.toml. Every sentence here is invented."""

from __future__ import annotations

import pytest

from kfactcheck.claims.extract import extract_claims
from kfactcheck.model import Document


def case(text, lang, speaker, id, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, lang, speaker, id=id, marks=marks)


CASES = [
    # German
    case(
        "Es starben 43 Menschen, sagte Innenminister Karl Huber.",
        "de",
        "Karl Huber",
        id="de-sagte-title",
    ),
    case(
        "Es starben 43 Menschen, sagte der Minister Karl Huber.",
        "de",
        "Karl Huber",
        id="de-sagte-der",
    ),
    case(
        "„Wir zählen 43 Tote“, sagte Bürgermeisterin Anna Vogel.",
        "de",
        "Anna Vogel",
        id="de-low-quote",
    ),
    case(
        "Das teilte die Polizei am Montag mit: 43 Menschen starben.",
        "de",
        "polizei",
        id="de-teilte-mit-inverted",
    ),
    case(
        "Es starben 43 Menschen, teilte die Feuerwehr Bergstadt mit.",
        "de",
        "die Feuerwehr Bergstadt",
        id="de-teilte-mit",
    ),
    case(
        "Die Polizei in Talheim teilte mit, dass 43 Menschen starben.",
        "de",
        "die Polizei in Talheim",
        id="de-subject-teilte",
    ),
    case(
        "Nach Angaben der Polizei starben 43 Menschen.", "de", "polizei", id="de-nach-angaben-der"
    ),
    case(
        "Nach Angaben von Innenministerin Petra Lang starben 43 Menschen.",
        "de",
        "Petra Lang",
        id="de-nach-angaben-von",
    ),
    case("Laut Polizeisprecher Jan Roth starben 43 Menschen.", "de", "Jan Roth", id="de-laut-name"),
    case("Laut Polizei starben 43 Menschen.", "de", "polizei", id="de-laut-group"),
    case(
        "Es starben 43 Menschen, laut Bericht der Zeitung.", "de", None, id="de-laut-noun-no-person"
    ),
    case(
        "Ministerin Petra Lang hat gesagt, dass 43 Menschen starben.",
        "de",
        "Petra Lang",
        id="de-hat-gesagt",
    ),
    case(
        "Es starben 43 Menschen, wie der Minister im Landtag sagte.",
        "de",
        "der Minister",
        id="de-wie-sagte",
        xfail="'wie X sagte': a subject in a subordinate clause, a place after it, is not read",
    ),
    # French
    case(
        "« Nous avons compté 43 morts », a déclaré Jean Morel.",
        "fr",
        "Jean Morel",
        id="fr-a-declare",
    ),
    case("Il y a 43 blessés, a indiqué Claire Dubois.", "fr", "Claire Dubois", id="fr-a-indique"),
    case("On compte 43 blessés, a précisé le préfet.", "fr", "le préfet", id="fr-a-precise-role"),
    case(
        "Selon la préfecture, 43 personnes ont été évacuées.",
        "fr",
        "la préfecture",
        id="fr-selon-group",
    ),
    case(
        "Selon les autorités locales, 43 personnes sont mortes.",
        "fr",
        "les autorités locales",
        id="fr-selon-adjective",
    ),
    case("D'après Paul Girard, 43 personnes sont mortes.", "fr", "Paul Girard", id="fr-d-apres"),
    case(
        "Le maire a indiqué que 43 maisons étaient détruites.",
        "fr",
        "le maire",
        id="fr-subject-a-indique",
    ),
    case(
        "Les pompiers ont déclaré que 43 personnes avaient été secourues.",
        "fr",
        "les pompiers",
        id="fr-ont-declare",
    ),
    case("Il y a 43 blessés, déclare Claire Dubois.", "fr", "Claire Dubois", id="fr-present"),
    case(
        "Le ministre de la Santé Paul Girard a indiqué que 43 lits manquaient.",
        "fr",
        "Paul Girard",
        id="fr-title-complement",
    ),
    # Italian
    case("Sono morte 43 persone, ha detto Marco Bucci.", "it", "Marco Bucci", id="it-ha-detto"),
    case(
        "Ci sono 43 feriti, ha spiegato il sindaco.", "it", "il sindaco", id="it-ha-spiegato-role"
    ),
    case(
        "Secondo la prefettura, 43 persone sono state evacuate.",
        "it",
        "la prefettura",
        id="it-secondo",
    ),
    case(
        "Il sindaco Luca Neri ha detto che 43 case sono crollate.",
        "it",
        "Luca Neri",
        id="it-title-name",
    ),
    case(
        "Sono morte 43 persone, hanno riferito i soccorritori.",
        "it",
        "i soccorritori",
        id="it-hanno-riferito",
    ),
    # Spanish
    case("Murieron 43 personas, dijo Pedro Ruiz.", "es", "Pedro Ruiz", id="es-dijo"),
    case("Hay 43 heridos, ha dicho Marta Gil.", "es", "Marta Gil", id="es-ha-dicho"),
    case("Según la alcaldesa Marta Gil, hay 43 heridos.", "es", "Marta Gil", id="es-segun-title"),
    case(
        "Murieron 43 personas, según informaron hoy las autoridades locales.",
        "es",
        "las autoridades locales",
        id="es-segun-verb",
    ),
    case("El alcalde ha dicho que hay 43 heridos.", "es", "el alcalde", id="es-subject-ha-dicho"),
    case(
        "Murieron 43 personas, según los últimos datos del ayuntamiento.",
        "es",
        "ayuntamiento",
        id="es-segun-data-of",
    ),
    case(
        "Murieron 43 personas, según informaron el miércoles las autoridades locales.",
        "es",
        "las autoridades locales",
        id="es-segun-verb-weekday",
    ),
    # Portuguese
    case(
        "Morreram 43 pessoas, informou a Defesa Civil neste sábado.",
        "pt",
        "Defesa Civil",
        id="pt-informou-time-after",
    ),
    case("Morreram 43 pessoas, disse o governador Rui Zema.", "pt", "Rui Zema", id="pt-disse"),
    case("Morreram 43 pessoas, afirmou Ana Costa.", "pt", "Ana Costa", id="pt-afirmou"),
    case("Segundo a Defesa Civil, 43 pessoas morreram.", "pt", "Defesa Civil", id="pt-segundo"),
    case(
        "De acordo com os bombeiros, 43 pessoas morreram.",
        "pt",
        "os bombeiros",
        id="pt-de-acordo-com",
    ),
    case(
        "A prefeita Rita Lopes afirmou que 43 casas caíram.",
        "pt",
        "Rita Lopes",
        id="pt-subject-afirmou",
    ),
    # German compounds, present tense, postposition
    case(
        "Es starben 43 Menschen, teilt das örtliche Innenministerium mit.",
        "de",
        "innenministerium",
        id="de-teilt-adjective-compound-group",
    ),
    case(
        "Das Polizeipräsidium Talheim informiert: 43 Menschen starben.",
        "de",
        "das Polizeipräsidium Talheim",
        id="de-informiert-compound",
    ),
    case("Dem Minister zufolge starben 43 Menschen.", "de", "dem Minister", id="de-zufolge"),
    case("Der Polizei zufolge starben 43 Menschen.", "de", "polizei", id="de-zufolge-group"),
    case(
        "Es starben 43 Menschen, sagte Landesinnenministerin Petra Lang.",
        "de",
        "Petra Lang",
        id="de-compound-title-suffix",
    ),
    # apposition, adverbs after the verb, agents after a proxy
    case(
        "Hay 43 heridos, dijo el jefe de bomberos de la ciudad, Juan Pérez.",
        "es",
        "Juan Pérez",
        id="es-role-apposition",
    ),
    case(
        "Murieron 43 personas, según los nuevos datos provisionales del Gobierno de Castilla.",
        "es",
        "Gobierno de Castilla",
        id="es-segun-proxy-adjectives-owner",
    ),
    case(
        "“Ci sono 43 feriti“, precisa invece il capo dei soccorsi della regione, Paolo Neri.",
        "it",
        "Paolo Neri",
        id="it-adverb-role-chain-apposition-sloppy-quote",
    ),
    case(
        "“Ci sono 43 feriti”, riferisce il capo operativo della Protezione civile, Paolo Neri.",
        "it",
        "Paolo Neri",
        id="it-apposition-after-adjective",
    ),
    case(
        "« Il manque 43 lits », affirme jeudi l'archevêché de Valmont.",
        "fr",
        "l'archevêché",
        id="fr-weekday-after-verb-elision",
    ),
    case(
        "Il valore è di 43 milioni, secondo mostra un rapporto della Banca Serena pubblicato ieri.",
        "it",
        "Banca Serena",
        id="it-secondo-proxy-owner-participle-after",
        xfail="Italian reports are 'rapporto', not among the proxies; 'secondo mostra' unread",
    ),
    # pronouns: French inversion, subjects left out in Italian and Spanish
    case(
        "Paul Girard a visité le chantier. « Nous avons soigné 43 blessés », poursuit-il.",
        "fr",
        "Paul Girard",
        id="fr-inverted-pronoun",
    ),
    case(
        "Claire Dubois a visité l'hôpital. « Il manque 43 lits », a-t-elle estimé.",
        "fr",
        "Claire Dubois",
        id="fr-inverted-auxiliary-pronoun",
    ),
    case(
        "Paul Girard est arrivé. Il a déclaré que 43 maisons étaient détruites.",
        "fr",
        "Paul Girard",
        id="fr-il-a-declare",
    ),
    case(
        "Luca Neri è arrivato. “Ci sono 43 feriti”, ha spiegato.",
        "it",
        "Luca Neri",
        id="it-pro-drop-end",
    ),
    case(
        "Marta Gil visitó la zona. Dijo que hay 43 heridos.",
        "es",
        "Marta Gil",
        id="es-pro-drop-opening-verb",
    ),
    case(
        "La alcaldesa Marta Gil visitó la zona. Dijo que hay 43 heridos.",
        "es",
        "Marta Gil",
        id="es-pro-drop-titled-subject",
    ),
    case("“Ci sono 43 feriti”, ha spiegato.", "it", None, id="it-pro-drop-no-one-named"),
    case(
        "Il sindaco Luca Neri è arrivato. “Ci sono 43 feriti”, ha spiegato.",
        "it",
        "Luca Neri",
        id="it-pro-drop-titled-subject",
    ),
    case(
        "The mayor Carla Reyes visited the site. She said 43 people were hurt.",
        "en",
        "Carla Reyes",
        id="en-titled-subject-pronoun",
    ),
    # Dutch and Serbo-Croatian: the simple inverted verbs
    case("Er zijn 43 doden, zei burgemeester Anna de Vries.", "nl", "Anna de Vries", id="nl-zei"),
    case(
        "Poginulo je 43 ljudi, rekao je ministar Ivan Horvat.", "hr", "Ivan Horvat", id="hr-rekao"
    ),
    case("Volgens de politie zijn er 43 doden.", "nl", "de politie", id="nl-volgens"),
    # a day between a subject and its verb at the clause's end is no subject
    case(
        "Es starben 43 Menschen, wie die Polizei am Montag mitteilte.",
        "de",
        "polizei",
        id="de-wie-am-montag-mitteilte",
    ),
    case("Police on Tuesday said 43 people died.", "en", "police", id="en-on-tuesday-said"),
    case("Police Tuesday said 43 people died.", "en", "police", id="en-tuesday-said"),
    case("Prema policiji, poginulo je 43 ljudi.", "hr", "policiji", id="hr-prema-group"),
    case(
        "Prema policiji, poginulo je 43 ljudi.",
        "hr",
        "policija",
        id="hr-prema-group-nominative",
        xfail="an inflected group is kept as written, not brought to its nominative",
    ),
    case(
        "El ministro Carlos Ruiz aseguraba que habían muerto 43 personas.",
        "es",
        "Carlos Ruiz",
        id="es-imperfect",
    ),
    case("Sono 43 i feriti, fa sapere la prefettura.", "it", "la prefettura", id="it-fa-sapere"),
    case(
        "« Il manque 43 lits », a déclaré le ministre de la Santé Paul Girard.",
        "fr",
        "Paul Girard",
        id="fr-inverted-title-complement",
    ),
    case(
        "« Il manque 43 lits », a déclaré la présidente de la Fondation Saint-Rémi de Valmont.",
        "fr",
        "la présidente de la Fondation Saint-Rémi de Valmont",
        id="fr-office-of-organisation-no-name",
    ),
    case(
        "Hay 43 heridos, dijo la ministra de Hacienda Elena Ruiz.",
        "es",
        "Elena Ruiz",
        id="es-title-complement",
    ),
    # English keeps its own words only: a French verb in English text names no one
    case("There are 43 injured, a déclaré Jean Morel.", "en", None, id="en-no-french-verb"),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), CASES)
def test_speaker(text, lang, speaker):
    doc = Document(id="x", path="x.txt", text=text, lang=lang)
    (claim,) = [c for c in extract_claims(doc) if c.value == 43]
    assert claim.speaker == speaker
