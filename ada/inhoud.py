"""What the ADA toolbox is seeded with, written only from the two source documents.

Sources: Groninger Dorpen, *Inventarisatie Dorpsondersteuner* (000) and HAN /
Radboudumc, *Wedde dat 't lukt!* (2020, 004). Where a text only illustrates the
shape of a step, it says "voorbeeld". The official ADA step texts of
actievedorpen.nl are not in the sources, so the steps below are a step plan
distilled from those two documents, not a copy of ADA.
"""

from __future__ import annotations

BRON_INVENTARIS = "Groninger Dorpen, Inventarisatie Dorpsondersteuner"
BRON_WEDDE = "HAN / Radboudumc, rapport 'Wedde dat 't lukt!' (2020)"

THEMAS = [
    ("vervoer", "Vervoer"),
    ("eenzaamheid", "Eenzaamheid"),
    ("privacy", "Privacy"),
    ("vrijwilligers-werven", "Vrijwilligers werven"),
    ("financiering", "Financiering"),
    ("samenwerking-huisarts", "Samenwerking huisarts"),
    ("mantelzorg", "Mantelzorg"),
    ("dorpsloket", "Dorpsloket en bereikbaarheid"),
]

# slug: (titel, samenvatting, beschrijving, dorp, gemeente, themas, contact, bron)
VOORBEELDEN = {
    "wedde-dat-t-lukt": (
        "Wedde dat 't lukt",
        "Een stichting van, voor en door bewoners met een betaalde dorpsondersteuner in "
        "Wedde, Veelerveen en Vriescheloo.",
        "De huisarts van Wedde raakte in 2012 geïnspireerd door het voorbeeld van Elsendorp en "
        "stapte met zijn idee naar de actieve dorpsraad. Samen met de bewoners ontstond het "
        "project; in 2014 werd de Stichting Wedde dat 't lukt opgericht.\n\n"
        "De dorpsondersteuner is in dienst van de stichting, niet van de gemeente: zo blijft zij "
        "onafhankelijk. Zij koppelt hulpvragen aan vrijwilligers (in 2019 ruim 110), gaat met de "
        "vrijwilliger op kennismaking bij de hulpvrager, legt afspraken vast in een "
        "afsprakendossier en belt na. Een klus duurt maximaal 2 uur. Het aantal hulpvragen groeide "
        "van 65 in 2015 naar 400 in 2018.\n\n"
        "Onderzoekers van de Aletta Jacobs School of Public Health berekenden dat in Wedde tussen "
        "2015 en 2017 ruim € 38 per ingeschrevene bij de huisarts werd bespaard.\n\n"
        "Financiering: een eenmalige startsubsidie van de provincie (2014), een tijdelijke "
        "subsidie van Menzis, en de gemeente betaalt de dorpsondersteuner 28 uur per week uit "
        "Wmo-geld (jaarlijks vastgesteld).",
        "Wedde",
        "Westerwolde",
        ["vrijwilligers-werven", "samenwerking-huisarts", "financiering"],
        "www.weddedathetlukt.nl",
        BRON_WEDDE,
    ),
    "samen-aan-tafel": (
        "Samen aan tafel",
        "Eén keer per maand een driegangendiner voor wie minder vaak de deur uit komt.",
        "Samen aan tafel kwam voort uit een themadag van Wedde dat 't lukt en begon in maart "
        "2019. Eén keer in de maand, op vrijdagavond, serveren vrijwilligers een driegangendiner "
        "in het eetcafé in Veelerveen. Na afloop kan men meedoen aan een bingo.\n\n"
        "Wie geen vervoer heeft, wordt door vrijwilligers opgehaald en thuisgebracht. Dankzij "
        "bijdragen van het Oranjefonds en de Rabobank betalen inwoners € 1 voor de maaltijd. Wie "
        "de stap moeilijk vindt, kan een 'Vriend aan Tafel' meenemen (€ 7,50).\n\n"
        "De opkomst stijgt: de laatste keer in het rapport waren er ruim 50 inwoners, en er "
        "ontstaan contacten buiten de avond om.",
        "Veelerveen",
        "Westerwolde",
        ["eenzaamheid", "vervoer", "financiering"],
        "Via Wedde dat 't lukt: www.weddedathetlukt.nl",
        BRON_WEDDE,
    ),
    "mdo-nieuwe-stijl-wedde": (
        "Maandelijks MDO met huisarts, thuiszorg en Wmo",
        "Complexe vragen van inwoners samen bespreken, met één regiehouder per inwoner.",
        "Voor complexe vragen die meerdere vakgebieden raken koos Wedde voor een "
        "multidisciplinair overleg (MDO) nieuwe stijl. Het basisteam bestaat uit het "
        "huisartsenteam, thuiszorgorganisaties en de Wmo-consulent; op afroep schuiven onder "
        "anderen de dorpsondersteuner, de GGD of de buurtagent aan.\n\n"
        "Maandelijks bespreken zij de vragen; per besproken cliënt wordt een casemanager "
        "aangewezen die de voortgang bewaakt en de volgende keer verslag doet. Uit een interne "
        "evaluatie in 2018 bleek dat alle deelnemers dit overleg niet meer willen missen.",
        "Wedde",
        "Westerwolde",
        ["samenwerking-huisarts", "privacy"],
        "Via Wedde dat 't lukt: www.weddedathetlukt.nl",
        BRON_WEDDE,
    ),
    "dorpszorg-ulrum": (
        "DörpsZörg Ulrum",
        "Meerdere bewoners vervullen samen, als vrijwilliger, de rol van dorpsondersteuner.",
        "In Ulrum (gemeente Het Hogeland) is er geen betaalde dorpsondersteuner. Meerdere "
        "personen vervullen samen op vrijwillige basis de functie van dorpsondersteuner.\n\n"
        "Meer dan dit staat niet in de inventarisatie van Groninger Dorpen; wie wil weten hoe "
        "zij de taken verdelen, kan het beste contact opnemen.",
        "Ulrum",
        "Het Hogeland",
        ["vrijwilligers-werven"],
        "Via Groninger Dorpen: groningerdorpen.nl",
        BRON_INVENTARIS,
    ),
    "dorpstelefoon-bierum": (
        "24-uurs dorpstelefoon Bierum",
        "Een telefoonnummer voor het dorp dat dag en nacht bereikbaar is.",
        "Bierum (gemeente Eemsdelta) heeft geen betaalde dorpsondersteuner, maar wel een 24-uurs "
        "dorpstelefoon. De inventarisatie van Groninger Dorpen noemt dit bij de dorpen zonder "
        "betaalde dorpsondersteuner.\n\n"
        "Hoe de telefoon bemand wordt, staat niet in de bron: neem contact op voor de "
        "praktijk.",
        "Bierum",
        "Eemsdelta",
        ["dorpsloket"],
        "Via Groninger Dorpen: groningerdorpen.nl",
        BRON_INVENTARIS,
    ),
    "zorgcooperatie-noordbroek": (
        "Zorgcoöperatie met dorpsloket Noordbroek",
        "Een zorgcoöperatie met een dorpsloket, vergelijkbaar met een dorpsondersteuner.",
        "Noordbroek (gemeente Midden-Groningen) heeft een zorgcoöperatie met een dorpsloket. "
        "Volgens de inventarisatie heeft een dorpsloket een vergelijkbare functie als een "
        "fysieke dorpsondersteuner. Ook Loppersum en Middelstum hebben een zorgcoöperatie met "
        "een dorpsloket.",
        "Noordbroek",
        "Midden-Groningen",
        ["dorpsloket"],
        "Via Groninger Dorpen: groningerdorpen.nl",
        BRON_INVENTARIS,
    ),
    "dorpsondersteuning-zuid": (
        "Dorpsondersteuning Zuid (DOZ)",
        "Eén project met een betaalde dorpsondersteuner voor zeven dorpen in Eemsdelta.",
        "Wagenborgen, Woldendorp, Borgsweer, Termunten, Termuntenzijl, Meedhuizen en Losdorp "
        "vallen samen onder het project Dorpsondersteuning Zuid, met een betaalde "
        "dorpsondersteuner. De inventarisatie merkt op dat Termuntenzijl nog een "
        "vrijwilligersnetwerk mist: een les voor wie met meerdere dorpen tegelijk begint.",
        "Wagenborgen",
        "Eemsdelta",
        ["vrijwilligers-werven"],
        "Via Groninger Dorpen: groningerdorpen.nl",
        BRON_INVENTARIS,
    ),
    "veur-mekoar-westerlee": (
        "Pilot 'Veur mekoar mit mekoar' Westerlee",
        "Een afgeronde pilot met een dorpsondersteuner, (nog) zonder vervolg.",
        "In Westerlee (gemeente Oldambt) liep de pilot 'Veur mekoar mit mekoar' met een "
        "dorpsondersteuner. De pilot is afgerond en had bij de inventarisatie nog geen vervolg. "
        "Ook een pilot zonder vervolg is leerzaam: vraag wat er nodig was geweest om door te "
        "gaan.",
        "Westerlee",
        "Oldambt",
        ["financiering"],
        "Via Groninger Dorpen: groningerdorpen.nl",
        BRON_INVENTARIS,
    ),
}

# rol: [(titel, vraag, advies, [voorbeeld-slugs])]
STAPPEN = {
    "bewoner": [
        (
            "Wat speelt er in je dorp?",
            "Welke vragen en zorgen hebben je dorpsgenoten, ook wie zelf niet snel om hulp vraagt?",
            "Laat bewoners zelf zeggen wat ze als knelpunt ervaren. Wedde organiseert daarvoor "
            "themadagen (zoals 'Mijn dag', 'Creatief met mijn budget' en 'Veilig gaat staan') "
            "waar vrijwilligers eerst met inwoners praten en daarna met organisaties. Zo komen "
            "sluimerende ideeën boven.",
            ["wedde-dat-t-lukt", "samen-aan-tafel"],
        ),
        (
            "Wie doet er mee?",
            "Wie in het dorp wil meedenken en de schouders eronder zetten?",
            "Een initiatief werkt als het van onderop komt: van, voor en door bewoners. In Wedde "
            "begon het bij de huisarts, die met de dorpsraad en sleutelfiguren in het dorp in "
            "gesprek ging. Zoek enthousiaste bewoners en betrek de dorpsraad of "
            "belangenvereniging vanaf het begin.",
            ["wedde-dat-t-lukt", "dorpszorg-ulrum"],
        ),
        (
            "Hoe kunnen dorpsgenoten je bereiken?",
            "Waar kan iemand met een vraag terecht: een persoon, een loket of een telefoon?",
            "Er zijn verschillende vormen: een betaalde dorpsondersteuner met een wekelijks "
            "spreekuur in het dorpshuis (Wedde), een groep vrijwilligers die de rol samen "
            "vervult (Ulrum), een dorpsloket (Noordbroek, Grijpskerk) of een 24-uurs "
            "dorpstelefoon (Bierum). Kies wat bij jullie dorp past.",
            ["dorpstelefoon-bierum", "zorgcooperatie-noordbroek", "dorpszorg-ulrum"],
        ),
        (
            "Hoe houd je vrijwilligers betrokken?",
            "Wat vragen jullie van vrijwilligers, en wat krijgen zij terug?",
            "Sluit aan bij wat vrijwilligers leuk vinden en goed kunnen, en spreek af wat "
            "vrijwilligers wel en niet doen. In Wedde is de vuistregel 'wat je normaal als "
            "burendienst zou doen' en duurt een klus maximaal 2 uur. Eens per jaar is er een "
            "vrijwilligersdag om te laten merken dat het dorp trots op hen is.",
            ["wedde-dat-t-lukt", "dorpsondersteuning-zuid"],
        ),
        (
            "Hoe bereik je wie alleen is?",
            "Hoe kom je in contact met dorpsgenoten die minder vaak de deur uit komen?",
            "Organiseer iets laagdrempeligs en regel vervoer. Bij Samen aan tafel worden "
            "inwoners zonder vervoer opgehaald en thuisgebracht, en mag je een 'Vriend aan "
            "Tafel' meenemen als de stap groot is.",
            ["samen-aan-tafel"],
        ),
    ],
    "bestuurder": [
        (
            "Welke vorm kies je?",
            "Wordt de dorpsondersteuner in dienst van een eigen stichting of van een andere "
            "organisatie?",
            "Wedde richtte in 2014 een stichting op en nam de dorpsondersteuner daar in dienst, "
            "bewust niet bij de gemeente: dat geeft een onafhankelijke, onpartijdige positie. "
            "Het bestuur (met de huisarts als adviserend lid) vergadert eens per drie weken.",
            ["wedde-dat-t-lukt"],
        ),
        (
            "Hoe regel je de financiering?",
            "Waar komt het geld vandaan, en voor hoe lang?",
            "Financiering verschilt per dorp: van een vrijwilligersvergoeding tot een "
            "parttimebaan, soms met de gemeente als garant, soms met eenmalige subsidies. Wedde "
            "combineerde een startsubsidie van de provincie, een tijdelijke bijdrage van Menzis, "
            "Wmo-geld van de gemeente en fondsen (Oranjefonds, Rabobank) voor Samen aan tafel. "
            "Let op: jaarlijks vastgestelde subsidie geeft onzekerheid.",
            ["wedde-dat-t-lukt", "samen-aan-tafel", "veur-mekoar-westerlee"],
        ),
        (
            "Hoe werk je samen met huisarts en zorg?",
            "Hoe stemmen dorpsondersteuner, huisarts, thuiszorg en Wmo-consulent af?",
            "In Wedde bespreekt een maandelijks MDO complexe vragen, met per inwoner één "
            "regiehouder. De contacten tussen vrijwilligers en professionals lopen via de "
            "dorpsondersteuner.",
            ["mdo-nieuwe-stijl-wedde"],
        ),
        (
            "Hoe laat je zien wat het oplevert?",
            "Wat houd je bij om gemeente, zorgverzekeraar en politiek te overtuigen?",
            "De dorpsondersteuner in Wedde houdt alle hulpvragen bij in een kwartaaloverzicht. "
            "Een evaluatie door de Aletta Jacobs School of Public Health liet een besparing zien "
            "van ruim € 38 per ingeschrevene bij de huisarts (2015–2017). Begin vroeg met "
            "bijhouden, zonder namen van inwoners.",
            ["wedde-dat-t-lukt"],
        ),
    ],
    "gemeente": [
        (
            "Welke initiatieven zijn er al?",
            "Welke dorpen in je gemeente hebben een dorpsondersteuner, dorpsloket of "
            "dorpstelefoon?",
            "De inventarisatie van Groninger Dorpen laat per gemeente zien welke vormen er zijn: "
            "betaald, vrijwillig, dorpsloket, zorgcoöperatie of 24-uurs dorpstelefoon. Begin "
            "bij wat er al is.",
            ["dorpsondersteuning-zuid", "dorpstelefoon-bierum", "zorgcooperatie-noordbroek"],
        ),
        (
            "Hoe steun je van onderop?",
            "Hoe help je een initiatief zonder het over te nemen?",
            "Volgens het rapport over Wedde zijn gemeenten geneigd aanbodgericht te denken. De "
            "kracht zit in initiatieven die van onderop groeien en waar bewoners de regie "
            "houden. Het college van Westerwolde noemde Wedde dat 't lukt als voorbeeld voor "
            "andere dorpen.",
            ["wedde-dat-t-lukt", "dorpszorg-ulrum"],
        ),
        (
            "Hoe zorg je voor continuïteit?",
            "Wat gebeurt er na een pilot of een startsubsidie?",
            "In Wedde betaalt de gemeente de dorpsondersteuner uit Wmo-geld, maar jaarlijks "
            "vastgesteld. De onderzoekers pleiten voor structurele subsidie. Westerlee laat zien "
            "dat een pilot zonder vervolg kan eindigen.",
            ["wedde-dat-t-lukt", "veur-mekoar-westerlee"],
        ),
    ],
}
