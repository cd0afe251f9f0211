"""Spanish for the case comparison (widgets.html_figures.case_comparison): its headings, controls and
time spans, and the words data/case_comparison.csv and data/cases.csv keep in English (case names,
every entry's short and full text, every source locator), keyed by the exact English text. An entry
whose English changes no longer matches, and the Spanish page stops with the new text's name."""

WORDS: dict[str, str] = {
    # The figure's own words (widgets.html_figures.case_comparison).
    "All aspects": "Todos los aspectos",
    "Instrument": "Instrumento",
    "Target": "A quién se dirigió",
    "Who initiated": "Quién lo inició",
    "Time to resolution": "Tiempo hasta la resolución",
    "Time to a new union election": "Tiempo hasta una nueva elección sindical",
    "Remedy": "Reparación",
    "Who benefited": "Quién se benefició",
    "What critics raised": "Qué objetaron los críticos",
    "Not covered by the sources this book uses.": "Las fuentes que usa este libro no tratan este punto.",
    "One facility (USMCA RRM)": "Una instalación (Mecanismo de Respuesta Rápida del T-MEC)",
    "A country or its sectors (trade preferences)": "Un país o sus sectores (preferencias comerciales)",
    "Other": "Otro",
    "Compare the cases by:": "Comparar los casos por:",
    "Entries shown: {shown} of {total}.": "Entradas mostradas: {shown} de {total}.",
    "Computed span: ": "Intervalo calculado: ",
    "Source: ": "Fuente: ",
    "Case": "Caso",
    "How long the cases took: days between the two events each entry names, computed from the timeline":
        "Cuánto duraron los casos: días entre los dos hechos que nombra cada entrada, calculados a partir de la"
        " cronología",
    "the source named in each entry; all rows in case_comparison.csv, days computed from timeline_events.csv":
        "la fuente que se indica en cada entrada; todas las filas, en case_comparison.csv; días calculados a partir"
        " de timeline_events.csv",
    "no span to count (see the text)": "no hay intervalo que contar (véase el texto)",
    "not computable: a date is known only to the month": "no se puede calcular: una fecha se conoce solo hasta el mes",
    "not computable: a date is known only to the year": "no se puede calcular: una fecha se conoce solo hasta el año",
    "{days} days": "{days} días",
    # The cases as data/cases.csv names them: companies and places as they are.
    "General Motors, Silao": "General Motors, Silao",
    "Tridonex, Matamoros": "Tridonex, Matamoros",
    "Draxton, Irapuato": "Draxton, Irapuato",
    "Panasonic auto parts facility": "Planta de autopartes de Panasonic",
    "Caterpillar subsidiary in Mexico": "Filial de Caterpillar en México",
    "Eswatini trade preferences": "Preferencias comerciales de Esuatini",
    "Thailand trade preferences": "Preferencias comerciales de Tailandia",
    # data/case_comparison.csv, "short": the tables' words.
    "USMCA RRM: review of one facility": "Mecanismo de Respuesta Rápida: revisión de una instalación",
    "GM's Silao plant, over a union-run contract vote":
        "La planta de GM en Silao, por una votación del contrato organizada por el sindicato",
    "U.S. government, on its own motion": "El gobierno de Estados Unidos, por iniciativa propia",
    "Request for review → remediation plan (a repeat contract vote)":
        "Solicitud de revisión → plan de reparación (reposición de la votación del contrato)",
    "Request for review → new union election": "Solicitud de revisión → nueva elección sindical",
    "Customs hold, then a repeat contract vote": "Suspensión aduanera y después reposición de la votación del contrato",
    "Plant workers: new union, new contract": "Los trabajadores de la planta: nuevo sindicato, nuevo contrato",
    "Enforcement came before workers knew the rules": "La aplicación llegó antes de que los trabajadores conocieran las reglas",
    "Tridonex auto parts plant, Matamoros": "Planta de autopartes de Tridonex, Matamoros",
    "Petition: AFL-CIO, SEIU, SNITIS, Public Citizen": "Petición: AFL-CIO, SEIU, SNITIS, Public Citizen",
    "Request for review → deal with the company": "Solicitud de revisión → acuerdo con la empresa",
    "Deal with the company: back pay, neutrality": "Acuerdo con la empresa: salarios caídos, neutralidad",
    "Dismissed workers; the independent union": "Los trabajadores despedidos; el sindicato independiente",
    "Mexico and U.S. business objected": "Objetaron México y el empresariado estadounidense",
    "Draxton auto parts plant, Irapuato": "Planta de autopartes de Draxton, Irapuato",
    "Request for review → course of remediation": "Solicitud de revisión → curso de reparación",
    "Neutrality, reinstatement, training": "Neutralidad, reinstalación, capacitación",
    "Contested: USTR and researchers differ": "En disputa: USTR y los investigadores discrepan",
    "Local power structures left in place": "Las estructuras de poder locales quedaron intactas",
    "AGOA: preferences for a whole country": "AGOA: preferencias para todo un país",
    "The Kingdom of Eswatini": "El Reino de Esuatini",
    "Petition: AFL-CIO (October 2013)": "Petición: AFL-CIO (octubre de 2013)",
    "Withdrawal proclaimed → eligibility restored": "Retiro proclamado → elegibilidad restablecida",
    "Withdrawal; nothing for workers": "Retiro; nada para los trabajadores",
    "Not the workers": "No los trabajadores",
    "Leverage lost; workers bore the cost": "Se perdió la influencia; los trabajadores cargaron con el costo",
    "GSP: preferences for Thai sectors": "SGP: preferencias para sectores tailandeses",
    "Thai export sectors (and government)": "Sectores exportadores tailandeses (y el gobierno)",
    "Petitions: AFL-CIO (2015) and pork producers (2018)":
        "Peticiones: AFL-CIO (2015) y productores de carne de cerdo (2018)",
    "No resolution to count": "No hay resolución que contar",
    "Suspension of preferences": "Suspensión de las preferencias",
    "No worker gains recorded": "No se registran beneficios para los trabajadores",
    "Closed doors; leverage lost": "A puerta cerrada; se perdió la influencia",
    "A Panasonic auto parts facility": "Una planta de autopartes de Panasonic",
    "Request for review → announced resolution": "Solicitud de revisión → resolución anunciada",
    "USMCA RRM: complaint not taken up": "Mecanismo de Respuesta Rápida: queja no atendida",
    "A Mexican subsidiary of Caterpillar": "Una filial mexicana de Caterpillar",
    "A complaint (filer not named)": "Una queja (no se dice quién la presentó)",
    "No case opened": "No se abrió un caso",
    "None; other tools suggested": "Ninguna; se sugirieron otras herramientas",
    "UAW: the tool failed these workers": "UAW: la herramienta les falló a estos trabajadores",
    # data/case_comparison.csv, "text": each entry in full, as the figure's cards give it.
    "The USMCA's Rapid Response Mechanism: a U.S. request that Mexico review a single facility, backed by a hold on"
    " the final customs settlement of the facility's goods.":
        "El Mecanismo de Respuesta Rápida del T-MEC: una solicitud de Estados Unidos para que México revise una sola"
        " instalación, respaldada por la suspensión de la liquidación aduanera final de las mercancías de la"
        " instalación.",
    "General Motors de México's plant in Silao, Guanajuato, over apparent violations of workers' rights in a vote on"
    " their collective bargaining agreement that the incumbent union had organized.":
        "La planta de General Motors de México en Silao, Guanajuato, por aparentes violaciones de los derechos de los"
        " trabajadores en una votación sobre su contrato colectivo que había organizado el sindicato titular.",
    "The U.S. government on its own initiative, in the first RRM action. Workers had reported the interference"
    " anonymously through the USMCA hotline.":
        "El gobierno de Estados Unidos por iniciativa propia, en la primera acción del Mecanismo de Respuesta Rápida."
        " Los trabajadores habían denunciado la interferencia de forma anónima a través de la línea de denuncia del"
        " T-MEC.",
    "Counted from the U.S. request for review (May 12, 2021) to the remediation plan the two governments announced"
    " (July 8, 2021), whose remedy was a repeat of the legitimization vote on the existing collective bargaining"
    " agreement, in free and democratic conditions.":
        "Contado desde la solicitud de revisión de Estados Unidos (12 de mayo de 2021) hasta el plan de reparación que"
        " anunciaron los dos gobiernos (8 de julio de 2021), cuya reparación fue reponer la votación de legitimación"
        " del contrato colectivo vigente, en condiciones libres y democráticas.",
    "Counted from the U.S. request for review (May 12, 2021) to the election in which workers chose an independent"
    " union (February 3, 2022).":
        "Contado desde la solicitud de revisión de Estados Unidos (12 de mayo de 2021) hasta la elección en que los"
        " trabajadores eligieron un sindicato independiente (3 de febrero de 2022).",
    "The United States held up the final customs settlement of the plant's goods and Mexico halted the contested"
    " vote and impounded the ballots; the remediation plan of July 8, 2021 let workers vote again, in free and"
    " democratic conditions, on whether to approve their collective bargaining agreement.":
        "Estados Unidos suspendió la liquidación aduanera final de las mercancías de la planta, y México detuvo la"
        " votación impugnada y confiscó las boletas; el plan de reparación del 8 de julio de 2021 permitió a los"
        " trabajadores volver a votar, en condiciones libres y democráticas, si aprobaban su contrato colectivo.",
    "The plant's workers, who rejected the old contract in August 2021, chose an independent union, and in 2022"
    " approved a contract it had negotiated, which USTR says raises wages.":
        "Los trabajadores de la planta, que rechazaron el contrato anterior en agosto de 2021, eligieron un sindicato"
        " independiente y en 2022 aprobaron un contrato negociado por él que, según USTR, aumenta los salarios.",
    "LeClercq argues that the first penalties, in May 2021, came only ten months after the USMCA took effect: too"
    " soon for most workers and employers to have learned the new rules and the mechanism.":
        "LeClercq sostiene que las primeras sanciones, en mayo de 2021, llegaron apenas diez meses después de la"
        " entrada en vigor del T-MEC: demasiado pronto para que la mayoría de los trabajadores y empleadores"
        " conocieran las nuevas reglas y el mecanismo.",
    "The USMCA's Rapid Response Mechanism: the second U.S. request for review, with the factory's goods held until a"
    " settlement released them.":
        "El Mecanismo de Respuesta Rápida del T-MEC: la segunda solicitud de revisión de Estados Unidos, con las"
        " mercancías de la fábrica retenidas hasta que un acuerdo las liberó.",
    "The Tridonex auto parts factory in Matamoros, alleged to have harassed and fired workers who tried to organize"
    " an independent union.":
        "La fábrica de autopartes de Tridonex en Matamoros, acusada de hostigar y despedir a trabajadores que"
        " intentaron organizar un sindicato independiente.",
    "A petition filed on May 10, 2021 by the AFL-CIO and other labor groups (the Service Employees International"
    " Union, the Mexican independent union SNITIS and Public Citizen); the United States opened its review on June"
    " 9, 2021.":
        "Una petición presentada el 10 de mayo de 2021 por la AFL-CIO y otras organizaciones laborales (el Service"
        " Employees International Union, el sindicato independiente mexicano SNITIS y Public Citizen); Estados Unidos"
        " abrió su revisión el 9 de junio de 2021.",
    "Counted from the U.S. request for review (June 9, 2021) to the agreement the United States announced with"
    " Tridonex (August 10, 2021). The petition itself was filed on May 10, 2021.":
        "Contado desde la solicitud de revisión de Estados Unidos (9 de junio de 2021) hasta el acuerdo con Tridonex"
        " que anunció Estados Unidos (10 de agosto de 2021). La petición se había presentado el 10 de mayo de 2021.",
    "Counted from the U.S. request for review (June 9, 2021) to the election in which workers voted overwhelmingly"
    " for the independent union (February 28, 2022).":
        "Contado desde la solicitud de revisión de Estados Unidos (9 de junio de 2021) hasta la elección en que los"
        " trabajadores votaron de forma abrumadora por el sindicato independiente (28 de febrero de 2022).",
    "A deal made with the company itself, not through Mexico: for the release of its goods, Tridonex agreed to pay"
    " severance and six months' back wages to at least 154 dismissed workers, to admit election observers and to"
    " stay neutral in future elections.":
        "Un acuerdo con la propia empresa, no por medio de México: a cambio de que se liberaran sus mercancías,"
        " Tridonex aceptó pagar indemnizaciones y seis meses de salarios caídos a por lo menos 154 trabajadores"
        " despedidos, admitir observadores electorales y mantenerse neutral en futuras elecciones.",
    "The dismissed workers who received severance and back pay, and the workers who then voted overwhelmingly for"
    " the independent union; a court suspension won by the incumbent union later kept the new union from being"
    " recognized while its challenge was decided.":
        "Los trabajadores despedidos que recibieron indemnización y salarios caídos, y los trabajadores que después"
        " votaron de forma abrumadora por el sindicato independiente; más tarde, una suspensión judicial que obtuvo"
        " el sindicato titular impidió que se reconociera al nuevo sindicato mientras se resolvía su impugnación.",
    "Mexico protested that the alleged denial of rights predated the USMCA and publicly rebuked the United States"
    " for acting prematurely; the U.S. Chamber of Commerce objected that the facility was shut out of the"
    " consultations and given no chance to fix the problem itself.":
        "México protestó que la supuesta denegación de derechos era anterior al T-MEC y reprochó públicamente a"
        " Estados Unidos haber actuado de forma prematura; la Cámara de Comercio de Estados Unidos objetó que se"
        " dejó a la instalación fuera de las consultas, sin oportunidad de corregir el problema por sí misma.",
    "The USMCA's Rapid Response Mechanism: the ninth U.S. request for review overall, with the final customs"
    " settlement of the facility's goods suspended.":
        "El Mecanismo de Respuesta Rápida del T-MEC: la novena solicitud de revisión de Estados Unidos en total, con"
        " la liquidación aduanera final de las mercancías de la instalación suspendida.",
    "Draxton's facility in Irapuato, Guanajuato, over the retaliatory dismissal of a union official, workers not"
    " receiving their contract before they voted on it, and employer interference in union activities.":
        "La instalación de Draxton en Irapuato, Guanajuato, por el despido en represalia de un dirigente sindical,"
        " porque los trabajadores no recibieron su contrato antes de votarlo y por la injerencia del empleador en"
        " las actividades sindicales.",
    "The U.S. government on its own initiative: USTR called it the second self-initiated request under the"
    " mechanism.":
        "El gobierno de Estados Unidos por iniciativa propia: USTR la llamó la segunda solicitud por iniciativa"
        " propia en el marco del mecanismo.",
    "Counted from the U.S. request for review (May 31, 2023) to the course of remediation the two governments"
    " agreed (July 31, 2023). USTR announced the matter resolved only on April 9, 2024.":
        "Contado desde la solicitud de revisión de Estados Unidos (31 de mayo de 2023) hasta el curso de reparación"
        " que acordaron los dos gobiernos (31 de julio de 2023). USTR no anunció el asunto como resuelto sino hasta"
        " el 9 de abril de 2024.",
    "Counted from the U.S. request for review (May 31, 2023) to the vote, overseen by Mexican authorities and the"
    " ILO, in which workers elected the independent union SINTTIA (November 30, 2023).":
        "Contado desde la solicitud de revisión de Estados Unidos (31 de mayo de 2023) hasta la votación, supervisada"
        " por las autoridades mexicanas y la OIT, en que los trabajadores eligieron al sindicato independiente"
        " SINTTIA (30 de noviembre de 2023).",
    "A course of remediation agreed between the two governments: a company neutrality statement and guidelines"
    " protecting union rights, reinstatement with back pay and benefits of the worker dismissed for union"
    " activity, and training for workers and managers.":
        "Un curso de reparación acordado entre los dos gobiernos: una declaración de neutralidad de la empresa y"
        " lineamientos que protegen los derechos sindicales, la reinstalación con salarios caídos y prestaciones"
        " del trabajador despedido por su actividad sindical, y capacitación para trabajadores y gerentes.",
    "USTR pointed to a 'way forward' for workers to join the union of their choice; researchers cited by LeClercq"
    " found that the incumbent union challenged the case before Mexico's labor authorities, delaying the new union"
    " and distancing it from the workers.":
        "USTR habló de un “camino a seguir” para que los trabajadores se afiliaran al sindicato de su elección;"
        " investigadoras citadas por LeClercq encontraron que el sindicato titular impugnó el caso ante las"
        " autoridades laborales de México, lo que retrasó al nuevo sindicato y lo alejó de los trabajadores.",
    "As LeClercq reports them, Gómez Ojeda and Reis argue that the RRM assumes democratic union procedures will by"
    " themselves improve conditions, despite local power structures that favor companies; LeClercq adds that U.S."
    " officials had too little time to understand local dynamics.":
        "Según las reseña LeClercq, Gómez Ojeda y Reis sostienen que el Mecanismo de Respuesta Rápida supone que los"
        " procedimientos sindicales democráticos mejorarán por sí solos las condiciones, pese a estructuras de poder"
        " locales que favorecen a las empresas; LeClercq añade que los funcionarios estadounidenses tuvieron muy poco"
        " tiempo para entender las dinámicas locales.",
    "Eligibility for the African Growth and Opportunity Act, a unilateral U.S. preference program: the whole"
    " country's preferential access to the U.S. market.":
        "La elegibilidad en el marco de la Ley de Crecimiento y Oportunidades para África (AGOA), un programa"
        " unilateral de preferencias de Estados Unidos: el acceso preferencial de todo el país al mercado"
        " estadounidense.",
    "The Kingdom of Eswatini (formerly Swaziland) as a whole, over its government's exploitation of workers.":
        "El Reino de Esuatini (antes Suazilandia) en su conjunto, por la explotación de los trabajadores por parte de"
        " su gobierno.",
    "A petition the AFL-CIO filed in late October 2013, asking the U.S. government to withdraw Swaziland's benefits"
    " after the government deregistered the union federation TUCOSWA; the annual review of December 2013 then"
    " announced an interim review of Swaziland's progress on worker rights.":
        "Una petición que la AFL-CIO presentó a fines de octubre de 2013, en la que pedía al gobierno de Estados"
        " Unidos retirar los beneficios de Suazilandia después de que el gobierno cancelara el registro de la"
        " federación sindical TUCOSWA; la revisión anual de diciembre de 2013 anunció entonces una revisión"
        " intermedia de los avances de Suazilandia en derechos laborales.",
    "Counted from the proclamation removing Swaziland from AGOA (June 26, 2014) to the restoration of its"
    " eligibility (December 22, 2017); the apparel benefits returned only on July 3, 2018. Unlike the RRM spans,"
    " this one starts at the sanction, not at a request for review, and ends with the country's readmission, not"
    " with a remedy for workers.":
        "Contado desde la proclamación que excluyó a Suazilandia de la AGOA (26 de junio de 2014) hasta el"
        " restablecimiento de su elegibilidad (22 de diciembre de 2017); los beneficios para la confección no"
        " volvieron sino hasta el 3 de julio de 2018. A diferencia de los intervalos del Mecanismo de Respuesta"
        " Rápida, este empieza con la sanción, no con una solicitud de revisión, y termina con la readmisión del"
        " país, no con una reparación para los trabajadores.",
    "Withdrawal of preferences, with no remedy for workers: exports shifted to South Africa, and documents obtained"
    " under FOIA show the United States did not keep working with Eswatini's unions and workers afterwards.":
        "Retiro de las preferencias, sin reparación para los trabajadores: las exportaciones se trasladaron a"
        " Sudáfrica, y documentos obtenidos mediante la ley de acceso a la información de Estados Unidos (FOIA)"
        " muestran que Estados Unidos no siguió trabajando después con los sindicatos y los trabajadores de"
        " Esuatini.",
    "No gains for workers are recorded: seven years on, wages and conditions of the mostly female apparel workforce"
    " had declined, while the government and factories prospered on new markets and lower labor costs.":
        "No se registran beneficios para los trabajadores: siete años después, los salarios y las condiciones de la"
        " fuerza laboral de la confección, mayoritariamente femenina, habían empeorado, mientras el gobierno y las"
        " fábricas prosperaban con nuevos mercados y costos laborales más bajos.",
    "LeClercq argues that once the United States withdraws benefits it loses its leverage, and that sanctions whose"
    " targets simply find new markets put the cost on the most vulnerable workers.":
        "LeClercq sostiene que, una vez que Estados Unidos retira los beneficios, pierde su influencia, y que las"
        " sanciones cuyos destinatarios simplemente encuentran nuevos mercados hacen recaer el costo en los"
        " trabajadores más vulnerables.",
    "The Generalized System of Preferences, a unilateral U.S. preference program: benefits for specific Thai"
    " sectors under its worker-rights criteria.":
        "El Sistema Generalizado de Preferencias (SGP), un programa unilateral de preferencias de Estados Unidos:"
        " beneficios para sectores tailandeses concretos, sujetos a sus criterios de derechos laborales.",
    "Specific Thai export sectors, over the government's failure to provide internationally recognized worker"
    " rights.":
        "Sectores exportadores tailandeses concretos, porque el gobierno no garantizaba los derechos laborales"
        " reconocidos internacionalmente.",
    "The worker-rights review opened on November 25, 2015 on a petition from the AFL-CIO, which filed an updated"
    " petition in 2018; a separate review followed a 2018 petition from the National Pork Producers Council. The"
    " suspension itself came from the Trump administration after a long closed-door interagency process.":
        "La revisión sobre derechos laborales se abrió el 25 de noviembre de 2015 por una petición de la AFL-CIO,"
        " que presentó una petición actualizada en 2018; otra revisión siguió a una petición de 2018 del National"
        " Pork Producers Council. La suspensión misma la decidió el gobierno de Trump tras un largo proceso"
        " interinstitucional a puerta cerrada.",
    "No resolution to count: the suspension was announced on October 25, 2019 and took effect on April 25, 2020,"
    " and the sources record no restoration of the benefits before the GSP itself lapsed at the end of 2020.":
        "No hay resolución que contar: la suspensión se anunció el 25 de octubre de 2019 y entró en vigor el 25 de"
        " abril de 2020, y las fuentes no registran que se restablecieran los beneficios antes de que el propio SGP"
        " caducara a fines de 2020.",
    "Suspension of GSP preferences worth about $1.3 billion; Thailand answered by steering the affected sectors to"
    " 'new markets' and cross-border e-commerce rather than by reform.":
        "Suspensión de preferencias del SGP por alrededor de 1.300 millones de dólares; Tailandia respondió"
        " orientando a los sectores afectados hacia “nuevos mercados” y el comercio electrónico transfronterizo, en"
        " lugar de hacer reformas.",
    "The sources record no gains for Thai workers from the suspension.":
        "Las fuentes no registran beneficios de la suspensión para los trabajadores tailandeses.",
    "LeClercq describes a decision taken behind closed doors among competing priorities and argues that, once its"
    " benefits were gone, Thailand had no incentive to negotiate.":
        "LeClercq describe una decisión tomada a puerta cerrada entre prioridades en competencia y sostiene que, una"
        " vez perdidos sus beneficios, Tailandia no tenía incentivos para negociar.",
    "The USMCA's Rapid Response Mechanism: a U.S. request for review, with the facility's unliquidated goods held at"
    " the border.":
        "El Mecanismo de Respuesta Rápida del T-MEC: una solicitud de revisión de Estados Unidos, con las mercancías"
        " no liquidadas de la instalación retenidas en la frontera.",
    "A Panasonic auto parts facility in Mexico, over alleged violations of freedom of association and collective"
    " bargaining.":
        "Una planta de autopartes de Panasonic en México, por presuntas violaciones de la libertad de asociación y"
        " la negociación colectiva.",
    "Counted from the U.S. request for review (May 18, 2022) to USTR's announcement of a successful resolution (July"
    " 14, 2022); the sources used here do not describe its terms.":
        "Contado desde la solicitud de revisión de Estados Unidos (18 de mayo de 2022) hasta el anuncio de USTR de"
        " una resolución exitosa (14 de julio de 2022); las fuentes usadas aquí no describen sus términos.",
    "A complaint under the USMCA's Rapid Response Mechanism that the United States declined to take up.":
        "Una queja en el marco del Mecanismo de Respuesta Rápida del T-MEC que Estados Unidos decidió no atender.",
    "A Mexican subsidiary of Caterpillar, where striking workers were said to be blacklisted as they looked for"
    " other jobs.":
        "Una filial mexicana de Caterpillar, donde, según se dijo, los trabajadores en huelga quedaron en listas"
        " negras cuando buscaban otros empleos.",
    "A complaint; the article does not say who filed it.": "Una queja; el artículo no dice quién la presentó.",
    "No case was opened: the United States declined the complaint during a labor dispute the late-2024 article"
    " places 'this summer'.":
        "No se abrió un caso: Estados Unidos rechazó la queja durante un conflicto laboral que el artículo, de fines"
        " de 2024, sitúa “este verano”.",
    "None under the mechanism. A USTR official said systemic problems, such as several companies blacklisting the"
    " same workers, might need the RRM combined with other engagement with Mexico.":
        "Ninguna en el marco del mecanismo. Un funcionario de USTR dijo que los problemas sistémicos, como que varias"
        " empresas pongan en listas negras a los mismos trabajadores, podrían requerir el Mecanismo de Respuesta"
        " Rápida junto con otras formas de colaboración con México.",
    "None recorded: the UAW's president said the workers faced harassment and blacklisting with no help from the"
    " USMCA.":
        "No se registra ninguno: el presidente de la UAW dijo que los trabajadores enfrentaron hostigamiento y listas"
        " negras sin ayuda del T-MEC.",
    "The United Auto Workers criticized the decision; Inside U.S. Trade wrote that the dispute revealed potential"
    " limits of the tool.":
        "El sindicato United Auto Workers criticó la decisión; Inside U.S. Trade escribió que el conflicto dejó ver"
        " posibles límites de la herramienta.",
    # data/case_comparison.csv, "locator": where in each source an entry comes from.
    "Pt. I.B.2, text at fns 92–94": "parte I.B.2, texto de las notas 92–94",
    "Pt. I.B.2, text at fns 92–93": "parte I.B.2, texto de las notas 92–93",
    "Pt. I.B.2, text at fn 92; Pt. IV.B.2, text at fn 265": "parte I.B.2, texto de la nota 92; parte IV.B.2, texto de"
                                                            " la nota 265",
    "para. 1 (the request for review: LeClercq 2023, Pt. I.B.2)":
        "párr. 1 (la solicitud de revisión: LeClercq 2023, parte I.B.2)",
    "Pt. I.B.2, text at fns 92–96": "parte I.B.2, texto de las notas 92–96",
    "para. 1 (the customs hold and the halted vote: LeClercq 2023, Pt. I.B.2, text at fns 94–95)":
        "párr. 1 (la suspensión aduanera y la votación detenida: LeClercq 2023, parte I.B.2, texto de las notas"
        " 94–95)",
    "paras. 1–3": "párrs. 1–3",
    "Pt. II.C, text at fns 130–133": "parte II.C, texto de las notas 130–133",
    "Pt. I.B.2, text at fns 97–100": "parte I.B.2, texto de las notas 97–100",
    "Pt. I.B.2, text at fns 97–98": "parte I.B.2, texto de las notas 97–98",
    "title (the filing and review dates: LeClercq 2023, Pt. I.B.2, text at fn 97)":
        "título (las fechas de la petición y de la revisión: LeClercq 2023, parte I.B.2, texto de la nota 97)",
    "Pt. I.B.2, text at fns 97–99": "parte I.B.2, texto de las notas 97–99",
    "Pt. I.B.2, text at fns 97 and 101": "parte I.B.2, texto de las notas 97 y 101",
    "Pt. I.B.2, text at fns 99–100; Pt. III.A, text at fns 189–190":
        "parte I.B.2, texto de las notas 99–100; parte III.A, texto de las notas 189–190",
    "Pt. I.B.2, text at fns 100–101 (the court suspension: El Economista 2022, paras. 1–2)":
        "parte I.B.2, texto de las notas 100–101 (la suspensión judicial: El Economista 2022, párrs. 1–2)",
    "Pt. III.A, text at fns 189–194": "parte III.A, texto de las notas 189–194",
    "paras. 1 and 4": "párrs. 1 y 4",
    "para. 1": "párr. 1",
    "paras. 1–2": "párrs. 1–2",
    "para. 2 (the request for review: USTR 2023e)":
        "párr. 2 (la solicitud de revisión: USTR 2023e)",
    "para. 3": "párr. 3",
    "para. 2": "párr. 2",
    "Pt. II.C, text at fns 138–140": "parte II.C, texto de las notas 138–140",
    "Pt. II.C, text at fns 137–140": "parte II.C, texto de las notas 137–140",
    "Pt. II.C.1, text at fns 143–144": "parte II.C.1, texto de las notas 143–144",
    "Pt. II.C.1, text at fn 143": "parte II.C.1, texto de la nota 143",
    "para. 1 (the proclamation of June 26, 2014: Sourcing Journal 2014, paras. 1, 3)":
        "párr. 1 (la proclamación del 26 de junio de 2014: Sourcing Journal 2014, párrs. 1 y 3)",
    "Pt. II.C.1, text at fns 144 and 148": "parte II.C.1, texto de las notas 144 y 148",
    "Pt. II.C.1, text at fns 145–147": "parte II.C.1, texto de las notas 145–147",
    "Pt. II.C.1, text after fn 147": "parte II.C.1, texto posterior a la nota 147",
    "Pt. II.C.1, text at fn 138": "parte II.C.1, texto de la nota 138",
    "Pt. II.C.1, text at fns 138–140": "parte II.C.1, texto de las notas 138–140",
    "para. 2 (the pork petition: USTR's release of May 17, 2018, paras. 1–4; the closed-door process: LeClercq 2023,"
    " Pt. II.C.1, text at fn 140)":
        "párr. 2 (la petición de los productores de carne de cerdo: comunicado de USTR del 17 de mayo de 2018, párrs."
        " 1–4; el proceso a puerta cerrada: LeClercq 2023, parte II.C.1, texto de la nota 140)",
    "para. 1 (the announcement: LeClercq 2023, Pt. II.C.1, text at fn 140; the lapse: CRS 2021, Summary)":
        "párr. 1 (el anuncio: LeClercq 2023, parte II.C.1, texto de la nota 140; la caducidad: CRS 2021, resumen)",
    "Pt. II.C.1, text at fns 140–141": "parte II.C.1, texto de las notas 140–141",
    "Pt. II.C.1, text at fns 138–141": "parte II.C.1, texto de las notas 138–141",
    "Pt. II.C.1, text at fn 140 and after fn 147": "parte II.C.1, texto de la nota 140 y posterior a la nota 147",
    "Pt. I.B.2, text at fns 102–103": "parte I.B.2, texto de las notas 102–103",
    "Pt. I.B, fn 81; Pt. I.B.2, text at fn 102": "parte I.B, nota 81; parte I.B.2, texto de la nota 102",
    "para. 16": "párr. 16",
    "para. 18": "párr. 18",
    "para. 17": "párr. 17",
    "paras. 16–17": "párrs. 16–17",
}
