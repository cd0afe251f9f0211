"""Spanish for the timeline (widgets.charts.timeline): its words, the kinds of event, who acted, and the
events of the cases, which data/timeline_events.csv keeps in English."""

WORDS: dict[str, str] = {
    # The timeline (widgets.charts.timeline): its words, the kinds of event, the cases.
    "the day": "el día",
    "the month": "el mes",
    "the year only": "solo el año",
    "All cases": "Todos los casos",
    "Case: ": "Caso: ",
    "Date": "Fecha",
    "Event": "Hecho",
    "Date known to": "Fecha precisa hasta",
    "Case": "Caso",
    "Kind of event": "Tipo de hecho",
    "Who acted": "Quién actuó",
    "All years": "Todos los años",
    "the source named in each event's tooltip; all rows in timeline_events.csv":
        "la que se indica al pasar el cursor sobre cada hecho; todas las filas están en timeline_events.csv",
    "Drag across the strip of all years to choose a period; double-click it to show every year.":
        "Arrastre sobre la franja de todos los años para elegir un periodo; haga doble clic en ella para ver "
        "todos los años.",
    " The drop-down shows one row.": " La lista desplegable muestra una sola fila.",
    "agreement": "acuerdo",
    "enforcement": "aplicación",
    "law": "ley",
    "objection": "objeción",
    "outcome": "resultado",
    "petition": "petición",
    "policy": "política",
    "remediation": "reparación",
    "report": "informe",
    "vote": "votación",
    "General Motors, Silao": "General Motors, Silao",
    "Tridonex, Matamoros": "Tridonex, Matamoros",
    "USMCA and Mexico's labor reform": "El T-MEC y la reforma laboral de México",
    # Who acted (data/timeline_events.csv, "actors"): names stay as they are; these are descriptions.
    "other labor groups": "otras organizaciones sindicales",
    "United States": "Estados Unidos",
    "Government of Mexico": "Gobierno de México",
    "Secretaría de Relaciones Exteriores (Mexico)": "Secretaría de Relaciones Exteriores (México)",
    "Secretaría de Economía (Mexico)": "Secretaría de Economía (México)",
    "U.S. Chamber of Commerce": "Cámara de Comercio de Estados Unidos",
    "GM Silao workers": "Trabajadores de GM Silao",
    "Tridonex workers": "Trabajadores de Tridonex",
    "Incumbent union (CTM local)": "Sindicato titular (sección de la CTM)",
    "STPS (Mexico)": "STPS (México)",
    "ILO": "OIT",
    "INE (Mexico)": "INE (México)",
    "Mexican federal courts": "Tribunales federales de México",
    # The GM Silao and Tridonex events (data/timeline_events.csv, "event", kept in English there).
    "The AFL-CIO and other labor groups petitioned over Tridonex's alleged harassment and firing of workers "
    "trying to organize an independent union.":
        "La AFL-CIO y otras organizaciones sindicales presentaron una petición por el presunto hostigamiento y "
        "despido, en Tridonex, de trabajadores que intentaban organizar un sindicato independiente.",
    "Alongside the review request, the United States suspended final settlement of customs accounts for goods "
    "from the Silao facility.":
        "Junto con la solicitud de revisión, Estados Unidos suspendió la liquidación final de las cuentas "
        "aduaneras de las mercancías de la instalación de Silao.",
    "In the first Rapid Response action, the United States on its own initiative asked Mexico to review apparent "
    "violations tied to a union-run contract vote at GM's Silao plant.":
        "En la primera acción de Respuesta Rápida, Estados Unidos pidió por iniciativa propia a México revisar "
        "aparentes violaciones ligadas a una votación del contrato organizada por el sindicato en la planta de "
        "GM en Silao.",
    "Mexico's foreign ministry published a proposal to cooperate on enforcing labor laws in U.S. sectors that "
    "employ Mexican migrants, which LeClercq (2023) reads as a charge of U.S. hypocrisy.":
        "La Secretaría de Relaciones Exteriores publicó una propuesta de cooperación para hacer cumplir las "
        "leyes laborales en sectores de Estados Unidos que emplean a migrantes mexicanos, que LeClercq (2023) "
        "interpreta como una acusación de hipocresía contra Estados Unidos.",
    "The United States announced its second Rapid Response review, asking Mexico to examine alleged "
    "freedom-of-association violations at Tridonex.":
        "Estados Unidos anunció su segunda revisión de Respuesta Rápida y pidió a México examinar presuntas "
        "violaciones a la libertad de asociación en Tridonex.",
    "The U.S. Chamber of Commerce objected that acting on the AFL-CIO petition could penalize conduct predating "
    "the USMCA and that interim procedures shut the facility out.":
        "La Cámara de Comercio de Estados Unidos objetó que atender la petición de la AFL-CIO podía sancionar "
        "conductas anteriores al T-MEC y que los procedimientos provisionales dejaban fuera a la instalación.",
    "Mexico's Economy Ministry issued a statement on the Tridonex arrangements, which LeClercq (2023) reads as a "
    "public rebuke of the United States for acting prematurely.":
        "La Secretaría de Economía emitió un comunicado sobre los acuerdos de Tridonex, que LeClercq (2023) "
        "interpreta como un reproche público a Estados Unidos por actuar de forma prematura.",
    "The United States announced an agreement made directly with Tridonex: severance and six months' back pay "
    "for at least 154 dismissed workers, neutrality in future elections, and no further financial penalties.":
        "Estados Unidos anunció un acuerdo celebrado directamente con Tridonex: indemnización y seis meses de "
        "salarios caídos para al menos 154 trabajadores despedidos, neutralidad en futuras elecciones y ninguna "
        "sanción económica adicional.",
    "In a new union election held with protections in place, 78 percent of the Silao workers voted for the "
    "independent union.":
        "En una nueva elección sindical, celebrada con garantías, el 78 por ciento de los trabajadores de Silao "
        "votó por el sindicato independiente.",
    "Tridonex workers voted overwhelmingly for the independent union in a new election.":
        "En una nueva elección, los trabajadores de Tridonex votaron de forma abrumadora por el sindicato "
        "independiente.",
    "USTR Tai and Labor Secretary Walsh issued statements on the Tridonex workers' vote in Matamoros.":
        "La representante comercial Tai y el secretario del Trabajo Walsh se pronunciaron sobre la votación de "
        "los trabajadores de Tridonex en Matamoros.",
    "The United States and Mexico jointly announced a remediation plan for the Silao plant, to let workers vote "
    "in free and democratic conditions on whether to approve their collective bargaining agreement.":
        "Estados Unidos y México anunciaron juntos un plan de reparación para la planta de Silao, para que los "
        "trabajadores votaran en condiciones libres y democráticas si aprobaban su contrato colectivo de trabajo.",
    "USTR welcomed the Silao workers' approval of a collective bargaining agreement newly negotiated by their new "
    "union, which it said raises wages; it recalled that workers had rejected the old agreement in August 2021.":
        "USTR celebró que los trabajadores de Silao aprobaran un contrato colectivo recién negociado por su "
        "nuevo sindicato, que según USTR aumenta los salarios; recordó que habían rechazado el contrato anterior "
        "en agosto de 2021.",
    "The incumbent union held a vote on legitimizing the Silao collective bargaining agreement; Mexican "
    "authorities, citing irregularities, ordered it repeated.":
        "El sindicato titular organizó la consulta para legitimar el contrato colectivo de Silao; las "
        "autoridades mexicanas, al señalar irregularidades, ordenaron reponerla.",
    "USTR welcomed the announced results of the repeated legitimization vote, overseen by Mexico's Labor Ministry "
    "with ILO and National Electoral Institute observers, in which Silao workers rejected their collective "
    "bargaining agreement.":
        "USTR celebró los resultados anunciados de la votación de legitimación repuesta, supervisada por la "
        "Secretaría del Trabajo y Previsión Social con observadores de la OIT y del Instituto Nacional "
        "Electoral, en la que los trabajadores de Silao rechazaron su contrato colectivo.",
    "USTR and the Labor Department marked the successful conclusion of the first course of remediation under "
    "the RRM.":
        "USTR y el Departamento de Trabajo dieron por concluido con éxito el primer curso de reparación del "
        "Mecanismo de Respuesta Rápida.",
    "Voting opened in the two-day election (February 1–2, 2022) in which four unions competed to represent the "
    "Silao workers.":
        "Comenzó la votación de la elección de dos días (1 y 2 de febrero de 2022) en la que cuatro sindicatos "
        "compitieron por representar a los trabajadores de Silao.",
    "Economy Secretary Tatiana Clouthier told reporters that Mexico did not need to be told what to do and would "
    "not let facts predating the USMCA's entry into force be brought under the mechanism.":
        "La secretaria de Economía, Tatiana Clouthier, dijo a la prensa que a México no había que decirle qué "
        "hacer y que no permitiría someter al mecanismo hechos anteriores a la entrada en vigor del T-MEC.",
    "A court suspension obtained by the incumbent CTM-affiliated union, SITPME, kept SNITIS from being recognized "
    "as the majority union while SITPME's challenge (amparo) to the vote was decided.":
        "Una suspensión judicial obtenida por el sindicato titular afiliado a la CTM, SITPME, impidió que se "
        "reconociera a SNITIS como sindicato mayoritario mientras se resolvía el amparo de SITPME contra la "
        "votación.",
    # The Draxton case (data/cases.csv, data/timeline_events.csv "actors" and "event", kept in English there).
    "Draxton, Irapuato": "Draxton, Irapuato",
    "Draxton workers": "Trabajadores de Draxton",
    "Incumbent union (CONASIM-affiliated)": "Sindicato titular (afiliado a la CONASIM)",
    "incumbent union (CONASIM-affiliated)": "sindicato titular (afiliado a la CONASIM)",
    "U.S. government": "Gobierno de Estados Unidos",
    "On its own initiative, the United States asked Mexico to review whether workers at Draxton's Irapuato "
    "facility were denied freedom of association and collective bargaining, and suspended liquidation of the "
    "facility's goods.":
        "Por iniciativa propia, Estados Unidos pidió a México revisar si a los trabajadores de la instalación de "
        "Draxton en Irapuato se les negaban la libertad de asociación y la negociación colectiva, y suspendió la "
        "liquidación de las mercancías de la instalación.",
    "The United States and Mexico agreed a course of remediation for Draxton: a neutrality statement, company "
    "guidelines protecting union rights, reinstatement with backpay of a worker dismissed for union activity, and "
    "training for workers and managers.":
        "Estados Unidos y México acordaron un plan de reparación para Draxton: una declaración de neutralidad, "
        "lineamientos de la empresa para proteger los derechos sindicales, la reinstalación con salarios caídos "
        "de un trabajador despedido por su actividad sindical y capacitación para trabajadores y gerentes.",
    "The course of remediation at Draxton concluded; the United States and Mexico went on monitoring the facility "
    "to make sure no denial of rights occurred.":
        "Concluyó el plan de reparación en Draxton; Estados Unidos y México siguieron vigilando la instalación "
        "para asegurar que no hubiera denegación de derechos.",
    "In a vote overseen by Mexican labor authorities and the ILO, Draxton workers elected a new union, the "
    "independent auto workers' union SINTTIA.":
        "En una votación supervisada por las autoridades laborales mexicanas y la OIT, los trabajadores de "
        "Draxton eligieron un nuevo sindicato, el sindicato independiente de trabajadores de la industria "
        "automotriz SINTTIA.",
    "SINTTIA said Draxton had not let the newly elected union into the plant, the company citing a complaint the "
    "incumbent union had filed and saying it would not accept the ruling while it could still be changed.":
        "El SINTTIA dijo que Draxton no había dejado entrar a la planta al sindicato recién elegido; la empresa "
        "invocó una queja presentada por el sindicato titular y dijo que no acataría la resolución mientras aún "
        "pudiera modificarse.",
    "The incumbent union put a contract it had negotiated with Draxton to a workers' consultation; a labor "
    "organization backing SINTTIA said turnout fell short of the majority the law requires and asked the federal "
    "labor registry to declare it invalid.":
        "El sindicato titular sometió a consulta de los trabajadores un contrato que había negociado con Draxton; "
        "una organización laboral que apoya al SINTTIA dijo que la participación no alcanzó la mayoría que exige "
        "la ley y pidió al registro laboral federal declarar inválida la consulta.",
    "USTR announced a successful resolution at Draxton's Irapuato plant under a remediation plan for a free and "
    "fair union election.":
        "USTR anunció una resolución exitosa en la planta de Draxton en Irapuato, con un plan de reparación para "
        "una elección sindical libre y justa.",
    "A Guanajuato news site reported that Mexico's Supreme Court had invalidated the union vote of November 30, "
    "2023 at Draxton, ending SINTTIA's legal standing in the plant.":
        "Un sitio de noticias de Guanajuato informó que la Suprema Corte de Justicia de la Nación había invalidado "
        "la votación sindical del 30 de noviembre de 2023 en Draxton, con lo que el SINTTIA quedó sin "
        "reconocimiento legal en la planta.",
}
