"""Spanish for the charts of "El Mecanismo de Respuesta Rápida de un vistazo": the stages of a case
(widgets.charts.rrm_process, with data/rrm_process_stages.csv's words) and the sources' figures side by
side (widgets.charts.figure_comparison, with data/rrm_statistics.csv's claimants and notes). The data keep
them in English; names of people, companies, publications and the data's own identifiers stay as they are."""

WORDS: dict[str, str] = {
    # The stages of a case (widgets.charts.rrm_process).
    "all routes": "todas las vías",
    "all cases": "todos los casos",
    "remediation": "reparación",
    "panel": "panel",
    "Highlight the route: ": "Resaltar la vía: ",
    "Stage": "Etapa",
    "Who acts": "Quién actúa",
    "Route": "Vía",
    "Time limit": "Plazo",
    "Counted from": "Se cuenta desde",
    "What happens": "Qué ocurre",
    "Days allowed for the stage": "Días de plazo para la etapa",
    "{days} days": "{days} días",
    "no time limit in the sources cited": "sin plazo en las fuentes citadas",
    "19 U.S.C. 4646; USMCA Annex 31-A as described by USTR, LeClercq (2023) and law-firm explainers":
        "19 U.S.C. 4646; el anexo 31-A del T-MEC según lo describen USTR, LeClercq (2023) y despachos de abogados",
    # data/rrm_process_stages.csv: "stage".
    "Petition to the Interagency Labor Committee": "Petición al Comité Laboral Interinstitucional",
    "Self-initiation by the U.S. government (alternative to a petition)":
        "Inicio de oficio por el gobierno de Estados Unidos (en lugar de una petición)",
    "ILC review of the petition": "Revisión de la petición por el Comité",
    "Request for review to Mexico and delay of final settlement of customs accounts":
        "Solicitud de revisión a México y suspensión de la liquidación final de las cuentas aduaneras",
    "Mexico decides whether to conduct a review": "México decide si realiza una revisión",
    "Mexico's review": "Revisión de México",
    "Agreement on a course of remediation": "Acuerdo sobre un curso de reparación",
    "Remediation period": "Periodo de reparación",
    "U.S. decision whether to request a Rapid Response Labor Panel":
        "Estados Unidos decide si solicita un panel laboral de respuesta rápida",
    "Panel verification and determination": "Verificación y determinación del panel",
    "Remedies": "Medidas de reparación y sanciones",
    # "actor".
    "Any interested party (petitioner)": "Cualquier parte interesada (peticionario)",
    "U.S. government (USTR and Department of Labor)": "Gobierno de Estados Unidos (USTR y Departamento de Trabajo)",
    "Interagency Labor Committee": "Comité Laboral Interinstitucional",
    "USTR (complainant Party), directing the Treasury Department":
        "USTR (Parte reclamante), que instruye al Departamento del Tesoro",
    "Mexico (respondent Party)": "México (Parte demandada)",
    "United States and Mexico": "Estados Unidos y México",
    "Covered facility, with the Mexican government": "La instalación, con el gobierno de México",
    "USTR": "USTR",
    "Rapid Response Labor Panel": "Panel laboral de respuesta rápida",
    "United States (complainant Party)": "Estados Unidos (Parte reclamante)",
    # "deadline_basis".
    "Within 30 days of submission of the petition's information (the statute does not say calendar or business "
    "days)":
        "Dentro de los 30 días siguientes a la presentación de la información de la petición (la ley no dice si "
        "son días naturales o hábiles)",
    "10 days to respond to the request for review (as reported by a secondary source)":
        "10 días para responder a la solicitud de revisión (según una fuente secundaria)",
    "45 days to complete the review (as reported by secondary sources)":
        "45 días para terminar la revisión (según fuentes secundarias)",
    "10-day government-to-government consultation on a remediation plan after Mexico finds a denial of rights "
    "(as reported by a secondary source)":
        "Consulta de 10 días entre los gobiernos sobre un plan de reparación, después de que México determina que "
        "hay denegación de derechos (según una fuente secundaria)",
    "Not later than 60 days after the ILC's affirmative determination (U.S. statute); the sources cited here give "
    "no treaty time limit for the panel request":
        "A más tardar 60 días después de la determinación afirmativa del Comité (ley de Estados Unidos); las "
        "fuentes citadas aquí no dan un plazo del tratado para solicitar el panel",
    # "description".
    "Any interested party may petition the U.S. government to start a case on the basis of sufficient, credible "
    "evidence that workers' rights to freedom of association and collective bargaining are being denied at a "
    "specific facility in Mexico. Petitions go to the Interagency Labor Committee, co-chaired by USTR and the "
    "Department of Labor, under its procedural guidelines (USTR Annex 31-A page).":
        "Cualquier parte interesada puede pedir al gobierno de Estados Unidos que abra un caso con base en pruebas "
        "suficientes y creíbles de que en una instalación específica de México se niegan a los trabajadores los "
        "derechos de libertad de asociación y negociación colectiva. Las peticiones van al Comité Laboral "
        "Interinstitucional, que copresiden USTR y el Departamento de Trabajo, conforme a sus lineamientos de "
        "procedimiento (página de USTR sobre el anexo 31-A).",
    "Instead of acting on a petition, the U.S. government can self-initiate an RRM action on its own information. "
    "The ILC also runs a web-based hotline for confidential information on labor issues (USTR Annex 31-A page); "
    "the first case (GM Silao, May 2021) was self-initiated (LeClercq 2023, Part I.B.2).":
        "En lugar de atender una petición, el gobierno de Estados Unidos puede iniciar de oficio una acción del "
        "mecanismo con su propia información. El Comité también mantiene una línea de denuncia en internet para "
        "recibir información confidencial sobre asuntos laborales (página de USTR sobre el anexo 31-A); el primer "
        "caso (GM Silao, mayo de 2021) se inició de oficio (LeClercq 2023, parte I.B.2).",
    "The ILC reviews the information and determines whether there is sufficient, credible evidence of a denial "
    "of rights enabling the good-faith invocation of enforcement mechanisms. A negative determination is "
    "certified to the appropriate congressional committees and the petitioner.":
        "El Comité revisa la información y determina si hay pruebas suficientes y creíbles de una denegación de "
        "derechos que permitan invocar de buena fe los mecanismos de aplicación. Una determinación negativa se "
        "certifica ante los comités competentes del Congreso y el peticionario.",
    "After an affirmative ILC determination USTR submits a request for review to Mexico under USMCA art. 31-A.4 "
    "and informs the petitioner and Congress. On a good-faith basis the United States may at the same time delay "
    "final settlement of customs accounts (liquidation) for goods from the facility; settlement must resume "
    "immediately once the matter is resolved or a panel finds no denial of rights.":
        "Tras una determinación afirmativa del Comité, USTR presenta a México una solicitud de revisión conforme "
        "al artículo 31-A.4 del T-MEC e informa al peticionario y al Congreso. Con un fundamento de buena fe, "
        "Estados Unidos puede al mismo tiempo suspender la liquidación final de las cuentas aduaneras de las "
        "mercancías de la instalación; la liquidación debe reanudarse de inmediato cuando el asunto se resuelve o "
        "un panel determina que no hubo denegación de derechos.",
    "Mexico tells the United States whether it will conduct its own review of the alleged denial of rights at the "
    "facility.":
        "México comunica a Estados Unidos si realizará su propia revisión de la presunta denegación de derechos "
        "en la instalación.",
    "Mexico reviews (analyzes) whether there is a denial of rights at the facility.":
        "México revisa (analiza) si hay denegación de derechos en la instalación.",
    "If a denial of rights is found, a remediation plan is proposed and the two governments consult to agree on a "
    "course of remediation with the facility.":
        "Si se determina que hay denegación de derechos, se propone un plan de reparación y los dos gobiernos "
        "celebran consultas para acordar un curso de reparación con la instalación.",
    "The facility carries out the agreed course of remediation. Remediation plans so far have included immediate "
    "legitimization votes, union elections and other corrective activities involving the rank and file. The "
    "sources cited here give no deadline for this period.":
        "La instalación lleva a cabo el curso de reparación acordado. Hasta ahora, los planes de reparación han "
        "incluido votaciones de legitimación inmediatas, elecciones sindicales y otras medidas correctivas con la "
        "participación de las bases. Las fuentes citadas aquí no dan un plazo para este periodo.",
    "USTR determines whether to request the establishment of a rapid response labor panel under Annex 31-A. If it "
    "decides not to, it certifies that decision to the appropriate congressional committees with its reasons and "
    "the details of any agreed remediation plan.":
        "USTR determina si solicita la integración de un panel laboral de respuesta rápida conforme al anexo 31-A. "
        "Si decide no hacerlo, certifica esa decisión ante los comités competentes del Congreso, con sus razones y "
        "los detalles de cualquier plan de reparación acordado.",
    "In certain situations the mechanism provides for panelists to assess complaints about conditions at specific "
    "facilities. The verification and determination steps and their time limits are set in USMCA Annex 31-A; "
    "the sources cited here do not give them, so no deadline is shown.":
        "En ciertas situaciones, el mecanismo prevé que los panelistas evalúen las quejas sobre las condiciones en "
        "instalaciones específicas. Los pasos de verificación y determinación y sus plazos están en el anexo 31-A "
        "del T-MEC; las fuentes citadas aquí no los dan, así que no se muestra ningún plazo.",
    "In cases of non-compliance the mechanism provides for suspension of USMCA preferential tariff treatment for "
    "the facility's goods or other penalties, including denial of entry of goods from businesses that are repeat "
    "offenders.":
        "En caso de incumplimiento, el mecanismo prevé la suspensión del trato arancelario preferencial del T-MEC "
        "para las mercancías de la instalación u otras sanciones, incluida la negativa de entrada a las mercancías "
        "de empresas reincidentes.",
    # The sources' figures side by side (widgets.charts.figure_comparison).
    "Scholars, press and others": "Académicos, prensa y otros",
    "as of {date}": "con corte a {date}",
    "as of the day {date}": "con corte al {date}",
    "Statistic: ": "Cifra: ",
    "Statistic": "Cifra",
    "As stated": "Como la da la fuente",
    "Claimed by": "Quién la da",
    "As of": "Con corte a",
    "Note": "Nota",
    "Stated figure (the lower bound where the source says 'more than')":
        "Cifra declarada (el mínimo cuando la fuente dice “más de”)",
    "Who makes the claim": "Quién da la cifra",
    "see each bar's tooltip; all rows in rrm_statistics.csv":
        "la que se indica al pasar el cursor sobre cada barra; todas las filas están en rrm_statistics.csv",
    # data/rrm_statistics.csv: "reported_by" (names stay; the descriptions are said in Spanish).
    "USTR (fact sheet)": "USTR (hoja informativa)",
    "Barnes Richardson (law firm)": "Barnes Richardson (despacho de abogados)",
    "Barnes Richardson (law firm), citing a USTR estimate":
        "Barnes Richardson (despacho de abogados), con base en una estimación de USTR",
    "USTR (fact sheet), quoted by LeClercq": "USTR (hoja informativa), citada por LeClercq",
    "LeClercq, citing a November 2024 FOIA response":
        "LeClercq, con base en una respuesta de noviembre de 2024 a una solicitud de acceso a la información (FOIA)",
    "USTR spokesperson (confirming information shared with Inside U.S. Trade)":
        "Vocero de USTR (al confirmar información compartida con Inside U.S. Trade)",
    "Inside U.S. Trade (Spiegelman)": "Inside U.S. Trade (Spiegelman)",
    "USTR spokesperson": "Vocero de USTR",
    "USTR (Ambassador Tai's letter to Secretary Ebrard)": "USTR (carta de la embajadora Tai al secretario Ebrard)",
    "Tao": "Tao",
    # data/rrm_statistics.csv: "note". Quotations are translated; the English originals are in the CSV.
    "'Since 2021, the U.S. has sought Mexico's review under the USMCA's RRM 19 times'. Month from the "
    "fact sheet's address (2024/february); 'since 2021' gives no start day, so no start date is recorded."
    " Later counts: 22 (Barnes Richardson, April 2024), 31 (Inside U.S. Trade, late 2024), nearly 30 "
    "(Tao).":
        "“Desde 2021, Estados Unidos ha pedido 19 veces a México una revisión conforme al Mecanismo de "
        "Respuesta Rápida del T-MEC”. El mes viene de la dirección de la hoja informativa "
        "(2024/february); “desde 2021” no da un día de inicio, así que no se registra una fecha de "
        "inicio. Conteos posteriores: 22 (Barnes Richardson, abril de 2024), 31 (Inside U.S. Trade, "
        "finales de 2024), casi 30 (Tao).",
    "'These cases have directly benefited over 27,000 workers'. Month from the address (2024/february). "
    "Workers-benefited figures rise over time: 27000 (Feb 2024 fact sheet), 36000 (Sep 2024 fact sheet), "
    "40000 (spokesperson, late 2024), 42000 (letter, Jan 2025).":
        "“Estos casos han beneficiado directamente a más de 27.000 trabajadores”. El mes viene de la "
        "dirección (2024/february). Las cifras de trabajadores beneficiados crecen con el tiempo: 27.000 "
        "(hoja informativa de febrero de 2024), 36.000 (hoja informativa de septiembre de 2024), 40.000 "
        "(vocero, finales de 2024), 42.000 (carta, enero de 2025).",
    "Requests for review sent to Mexico, counted by the law firm on its publication date (including the "
    "two requests it reports). Compare 19 in the Feb 2024 fact sheet and the FOIA count of 29 petitions "
    "accepted by 2024-06-28: 22 requests in April and 29 accepted petitions by late June imply several "
    "new cases within three months, or that accepted petitions and launched cases are counted "
    "differently.":
        "Solicitudes de revisión enviadas a México, contadas por el despacho en la fecha de su "
        "publicación (incluidas las dos solicitudes que reporta). Compárense las 19 de la hoja "
        "informativa de febrero de 2024 y el conteo de la respuesta FOIA de 29 peticiones aceptadas al 28"
        " de junio de 2024: 22 solicitudes en abril y 29 peticiones aceptadas a finales de junio suponen "
        "varios casos nuevos en tres meses, o que las peticiones aceptadas y los casos abiertos se "
        "cuentan de distinta manera.",
    "Secondary report of USTR's estimate; apparently the February 2024 fact sheet's 'over 27,000', "
    "restated without 'over'. The date given is the article's.":
        "Reporte secundario de la estimación de USTR; al parecer, los “más de 27.000” de la hoja "
        "informativa de febrero de 2024, repetidos sin “más de”. La fecha de corte es la del artículo.",
    "Fact sheet quoted as saying investigations and enforcement 'directly benefited over 36,000 workers'."
    " Month from the address in fn 4 and fn 66 (fact-sheets/2024/september); LeClercq cites the page as "
    "last accessed June 30, 2025. Workers-benefited figures rise over time: 27000 (Feb 2024 fact sheet), "
    "36000 (Sep 2024 fact sheet), 40000 (spokesperson, late 2024), 42000 (letter, Jan 2025).":
        "Hoja informativa citada con la afirmación de que las investigaciones y la aplicación "
        "“beneficiaron directamente a más de 36.000 trabajadores”. El mes viene de la dirección de las "
        "notas 4 y 66 (fact-sheets/2024/september); LeClercq cita la página como consultada por última "
        "vez el 30 de junio de 2025. Las cifras de trabajadores beneficiados crecen con el tiempo: 27.000"
        " (hoja informativa de febrero de 2024), 36.000 (hoja informativa de septiembre de 2024), 40.000 "
        "(vocero, finales de 2024), 42.000 (carta, enero de 2025).",
    "FOIA response (reported by Inside U.S. Trade, Oct. 14, 2025) covering May 2021 to June 28, 2024. The"
    " same 54 appears in Inside U.S. Trade's late-2024 count 'since USMCA entered into force', with a "
    "later cut-off and an earlier start.":
        "Respuesta FOIA (reportada por Inside U.S. Trade el 14 de octubre de 2025) que abarca de mayo de "
        "2021 al 28 de junio de 2024. Las mismas 54 aparecen en el conteo de Inside U.S. Trade de finales"
        " de 2024 “desde que entró en vigor el T-MEC”, con un corte posterior y un inicio anterior.",
    "'USTR accepted twenty-nine out of fifty-four petitions ... between May 2021 and June 28, 2024'. "
    "Matches the 29 petition-based cases reported in late 2024 despite the later date there; Barnes "
    "Richardson counted only 22 requests on 2024-04-05.":
        "“USTR aceptó veintinueve de cincuenta y cuatro peticiones [...] entre mayo de 2021 y el 28 de "
        "junio de 2024”. Coincide con los 29 casos abiertos por petición que reportó el vocero de USTR a "
        "finales de 2024, pese a la fecha posterior de ese conteo; Barnes Richardson contó solo 22 "
        "solicitudes el 5 de abril de 2024.",
    "Undated article from late 2024 (it mentions a webinar 'in November' and Greer's selection to lead "
    "USTR), so only the year is given. Period starts at entry into force (July 1, 2020). Same figure as "
    "the FOIA count to 2024-06-28.":
        "Artículo sin fecha de finales de 2024 (menciona un seminario web “en noviembre” y la designación"
        " de Greer al frente de USTR), así que solo se da el año. El periodo empieza con la entrada en "
        "vigor (1 de julio de 2020). Es la misma cifra que el conteo FOIA al 28 de junio de 2024.",
    "Late-2024 article, year precision.":
        "Artículo de finales de 2024, fechado solo por el año.",
    "Count for the Biden administration to the article's date (late 2024, year precision); the article "
    "says the first case came in May 2021. Tao gives 'nearly 30' for the whole administration.":
        "Conteo del gobierno de Biden hasta la fecha del artículo (finales de 2024, fechado solo por el "
        "año); el artículo dice que el primer caso llegó en mayo de 2021. Tao da “casi 30” para todo ese "
        "gobierno.",
    "Stated as a bare round number with no qualifier, and as workers 'directly affected' rather than "
    "'benefited'. Late-2024 statement, year precision. Workers-benefited figures rise over time: 27000 "
    "(Feb 2024 fact sheet), 36000 (Sep 2024 fact sheet), 40000 (spokesperson, late 2024), 42000 (letter, "
    "Jan 2025).":
        "Dada como un número redondo, sin matiz (aquí “exactamente” significa que no se dio ninguno), y "
        "como trabajadores “directamente afectados”, no “beneficiados”. Declaración de finales de 2024, "
        "fechada solo por el año. Las cifras de trabajadores beneficiados crecen con el tiempo: 27.000 "
        "(hoja informativa de febrero de 2024), 36.000 (hoja informativa de septiembre de 2024), 40.000 "
        "(vocero, finales de 2024), 42.000 (carta, enero de 2025).",
    "The press release of January 16, 2025 says the letter was sent 'yesterday'. Workers-benefited "
    "figures rise over time: 27000 (Feb 2024 fact sheet), 36000 (Sep 2024 fact sheet), 40000 "
    "(spokesperson, late 2024), 42000 (letter, Jan 2025).":
        "El comunicado de prensa del 16 de enero de 2025 dice que la carta se envió “ayer”. Las cifras de"
        " trabajadores beneficiados crecen con el tiempo: 27.000 (hoja informativa de febrero de 2024), "
        "36.000 (hoja informativa de septiembre de 2024), 40.000 (vocero, finales de 2024), 42.000 "
        "(carta, enero de 2025).",
    "'Complaints' alleging denial of labor rights at Mexican factories 'during the Biden-Harris "
    "administration' (first in May 2021); the period ends with that administration in January 2025 and "
    "the brief is undated (written in or after 2025), so only the year is given. Lower than the 31 cases "
    "reported in late 2024.":
        "“Quejas” por denegación de derechos laborales en fábricas mexicanas “durante el gobierno de "
        "Biden-Harris” (la primera en mayo de 2021); el periodo termina con ese gobierno en enero de 2025"
        " y el documento no tiene fecha (se escribió en 2025 o después), así que solo se da el año. Es "
        "menos que los 31 casos reportados a finales de 2024.",
    # The timeline's other RRM cases (data/cases.csv "name", data/timeline_events.csv "actors" and
    # "event", kept in English there), for the timeline of all the cases on this page.
    "Panasonic auto parts facility": "Planta de autopartes de Panasonic",
    "Teksid Hierro facility": "Planta de Teksid Hierro",
    "Saint-Gobain glass plant": "Planta de vidrio de Saint-Gobain",
    "Caterpillar subsidiary in Mexico": "Filial de Caterpillar en México",
    "Labor unions": "Sindicatos",
    "worker rights advocates": "defensores de los derechos de los trabajadores",
    "The United States asked Mexico to review alleged freedom-of-association and collective bargaining violations "
    "at a Panasonic facility and held the facility's unliquidated goods at the border.":
        "Estados Unidos pidió a México revisar presuntas violaciones a la libertad de asociación y a la "
        "negociación colectiva en una planta de Panasonic y retuvo en la frontera las mercancías no liquidadas "
        "de la planta.",
    "The United States asked Mexico to review labor rights issues at the Teksid Hierro facility and held the "
    "facility's unliquidated goods at the border.":
        "Estados Unidos pidió a México revisar problemas de derechos laborales en la planta de Teksid Hierro y "
        "retuvo en la frontera las mercancías no liquidadas de la planta.",
    "The United States declined to take up a complaint that striking workers at a Mexican Caterpillar subsidiary "
    "were being blacklisted, and UAW President Shawn Fain criticized the decision.":
        "Estados Unidos se negó a atender una queja según la cual se estaba boletinando a trabajadores en huelga "
        "de una filial mexicana de Caterpillar, y el presidente de la UAW, Shawn Fain, criticó la decisión.",
    "USTR announced a successful resolution of the Rapid Response matter at the Panasonic auto parts facility.":
        "USTR anunció la resolución exitosa del asunto de Respuesta Rápida en la planta de autopartes de "
        "Panasonic.",
    "Unions and worker rights advocates petitioned the U.S. government to bring a complaint over a Saint-Gobain "
    "glass plant; USTR had not announced a decision when LeClercq (2023) was written.":
        "Sindicatos y defensores de los derechos de los trabajadores pidieron al gobierno de Estados Unidos que "
        "presentara una queja por una planta de vidrio de Saint-Gobain; USTR no había anunciado una decisión "
        "cuando se escribió LeClercq (2023).",
}
