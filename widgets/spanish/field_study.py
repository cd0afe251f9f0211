"""Spanish for the 2024 field study: the survey chart (widgets.charts.survey), its measures, groups of
workers, cautions and the study report's pages and tables (data/field_study_results.csv), and the design
table of the Spanish chapter (data/field_study_design.csv).

The interviews were held in Spanish, but the sources give the measures only in English (LeClercq's
article and Inside U.S. Trade): the measures below are the book's translation of that English, not the
questionnaire's own wording. Quotations inside the cautions are translated too; the chapter gives the
English originals beside them. The "source" column keeps each source's own reference in English, as every
chart's does (widgets.render).
"""

WORDS: dict[str, str] = {
    # The survey chart's words (widgets.charts.survey); "Source" and "Group" are shared with other charts.
    "Measure: ": "Indicador: ",
    "Measure": "Indicador",
    "Share": "Porcentaje",
    "Workers (n)": "Trabajadores (n)",
    "In the study report": "En el informe del estudio",
    "Caution": "Advertencia",
    "Share of workers (%)": "Porcentaje de los trabajadores (%)",
    "Reported in": "Publicado en",
    "n": "n",
    "Study report": "Informe del estudio",
    "not reported": "no se informa",
    "not given": "no se indica",
    "LeClercq (2026), Part I.C, and the study report it cites.":
        "LeClercq (2026), parte I.C, y el informe del estudio que cita.",
    "A non-probability (snowball) sample of {workers} workers at {facilities} facilities, {period}: "
    "it describes these workers, not all Mexican auto workers.":
        "Una muestra no probabilística (de bola de nieve) de {workers} trabajadores en {facilities} instalaciones, "
        "de {period}: describe a estos trabajadores, no a todos los trabajadores automotrices de México.",
    # The groups of workers (field_study_results.csv, "group"). "Con caso" / "sin caso": facilities that
    # had, or had not, been the subject of an action under the Rapid Response Mechanism.
    "all workers": "todos los trabajadores",
    "RRM facilities": "instalaciones con caso",
    "non-RRM facilities": "instalaciones sin caso",
    "unionized, non-RRM facilities": "sindicalizados, instalaciones sin caso",
    # The measures (field_study_results.csv, "measure_label"): a translation, not the questionnaire's wording.
    "Aware of Mexico's labor law reforms": "Conocían la reforma laboral de México",
    "Aware of Mexico's labor law reform": "Conocían la reforma laboral de México",
    "Reported that they understood the new democratic processes introduced by the Mexican labor reform and "
    "enforced by the USMCA and RRM":
        "Dijeron entender los nuevos procesos democráticos que introdujo la reforma laboral mexicana y que hacen "
        "cumplir el T-MEC y el Mecanismo de Respuesta Rápida",
    "Had received some form of training on the processes and felt they understood them":
        "Habían recibido alguna capacitación sobre los procesos y sentían que los entendían",
    "Unaware of the RRM or the petition process": "No conocían el mecanismo ni el procedimiento de petición",
    "Did not intend to use the RRM once the process was explained to them":
        "No pensaban usar el mecanismo una vez que se les explicó el procedimiento",
    "Aware of the RRM": "Conocían el mecanismo",
    "Would use the RRM": "Usarían el mecanismo",
    # The study report's pages and tables, as LeClercq's footnotes give them ("report_locator"); the
    # report's short title stays as she writes it.
    "Rapid Response Mechanism Report at 29, tbl. 3": "Rapid Response Mechanism Report, p. 29, cuadro 3",
    "Rapid Response Mechanism Report at 34": "Rapid Response Mechanism Report, p. 34",
    "Rapid Response Mechanism Report at 35, tbl. 12": "Rapid Response Mechanism Report, p. 35, cuadro 12",
    "Rapid Response Mechanism Report at 39, tbl. 17": "Rapid Response Mechanism Report, p. 39, cuadro 17",
    "Rapid Response Mechanism Report at 39, tbl. 17 (cited in fns 91 and 92; the 53% sentence has no footnote "
    "of its own)":
        "Rapid Response Mechanism Report, p. 39, cuadro 17 (citado en las notas 91 y 92; la oración del 53% no "
        "tiene nota propia)",
    "Rapid Response Mechanism Report at 39, tbl. 17 (fn 92 'Id.' to fn 91)":
        "Rapid Response Mechanism Report, p. 39, cuadro 17 (la nota 92 remite con “Id.” a la nota 91)",
    # The cautions ("ambiguity_note"); the quotations in them are translated.
    "Worded '76 percent were aware of the reform'; attributed to the study; no table cited.":
        "Dice “el 76 por ciento conocía la reforma”; lo atribuye al estudio; no cita ningún cuadro.",
    "The article says 'workers at other facilities (48 percent were aware of it)', not 'non-RRM facilities'; "
    "taken as the study's non-RRM group. The same article (para. 7) quotes the authors that 'a little more than "
    "half of the workers are aware of the labor law reform' (all workers; no number given, so not entered).":
        "El artículo dice “trabajadores de otras instalaciones (el 48 por ciento la conocía)”, no “instalaciones "
        "sin caso”; se toma como el grupo del estudio sin caso. El mismo artículo (párr. 7) cita a los autores: "
        "“poco más de la mitad de los trabajadores conoce la reforma laboral” (todos los trabajadores; no da una "
        "cifra, así que no se registra).",
    "The text says 'only a minority of workers (38%)' without naming the group; taken as all workers "
    "interviewed.":
        "El texto dice “solo una minoría de los trabajadores (38%)” sin nombrar el grupo; se toma como todos "
        "los trabajadores entrevistados.",
    "The text reads: 'at RRM facilities, where the majority (64%) had received some form of training on the "
    "processes and felt they understood them.' One figure is given for both clauses; it is unclear whether 64% "
    "is the share trained, the share who felt they understood, or the share who did both. It follows the 38% "
    "'understood' figure (report at 34) but cites a different page and table (35, tbl. 12).":
        "El texto dice: “en las instalaciones con caso, donde la mayoría (64%) había recibido alguna capacitación "
        "sobre los procesos y sentía que los entendía”. Da una sola cifra para las dos afirmaciones; no está "
        "claro si el 64% es la proporción de capacitados, la de quienes sentían que los entendían o la de quienes "
        "cumplían las dos cosas. Sigue a la cifra del 38% de quienes “entendían” (informe, p. 34), pero cita "
        "otra página y otro cuadro (p. 35, cuadro 12).",
    "The text says 'unaware of the RRM or the petition process': one figure for either.":
        "El texto dice “no conocían el mecanismo o el procedimiento de petición”: una sola cifra para "
        "cualquiera de los dos.",
    "The text reads: 'When we explained the process, most (53%) told us they did not intend to use it.' The "
    "base is unclear: it may be all unionized workers at non-RRM facilities or only the 79% who were unaware of "
    "the RRM (the ones to whom the process was explained).":
        "El texto dice: “Cuando les explicamos el procedimiento, la mayoría (53%) nos dijo que no pensaba "
        "usarlo”. La base no está clara: pueden ser todos los trabajadores sindicalizados de las instalaciones "
        "sin caso o solo el 79% que no conocía el mecanismo (a quienes se explicó el procedimiento).",
    "The text reads: 'the majority of workers at RRM facilities (70%) who were aware of the mechanism and would "
    "use it (70%).' Two 70% figures are given; it is unclear whether they answer two questions (aware; would "
    "use) or repeat one figure for workers who were both aware and would use it, and whether 'would use it' is "
    "a share of all RRM-facility workers or of those aware.":
        "El texto dice: “la mayoría de los trabajadores de las instalaciones con caso (70%), que conocían el "
        "mecanismo y lo usarían (70%)”. Da dos cifras del 70%; no está claro si responden a dos preguntas (lo "
        "conocían; lo usarían) o repiten una sola cifra para quienes lo conocían y además lo usarían, ni si “lo "
        "usarían” es una proporción de todos los trabajadores de las instalaciones con caso o solo de quienes "
        "lo conocían.",
    "The sentence behind the 70% aware of the mechanism at RRM facilities gives '(70%)' twice, once after "
    "'aware of the mechanism' and once after 'would use it'; whether this is a second question, and its base, "
    "is unclear.":
        "La oración del 70% que conocía el mecanismo en las instalaciones con caso da “(70%)” dos veces, una "
        "después de “conocían el mecanismo” y otra después de “lo usarían”; no está claro si es una segunda "
        "pregunta ni cuál es su base.",
    # The design table of the Spanish chapter (field_study_design.csv, "label").
    "Field period of the interviews (text at fn 81 also calls it 'the spring of 2024')":
        "Periodo de las entrevistas (el texto en la nota 81 también lo llama “la primavera de 2024”)",
    "Workers interviewed": "Trabajadores entrevistados",
    "Facilities covered": "Instalaciones incluidas",
    "Supplier facilities (comprising auto plant facilities and logistics facilities)":
        "Instalaciones de proveedores (plantas de autopartes e instalaciones de logística)",
    "Assembly plants": "Plantas de ensamble",
    "Mexican states targeted (described as of central importance to the auto export sector)":
        "Estados de México elegidos (descritos como de importancia central para el sector automotriz exportador)",
    "States targeted": "Estados elegidos",
    "Companies headquartered in the United States (the text counts 'companies' here, 'facilities' elsewhere)":
        "Empresas con sede en Estados Unidos (el texto cuenta aquí “empresas” y en otras partes "
        "“instalaciones”)",
    "Companies headquartered outside North America": "Empresas con sede fuera de América del Norte",
    "Unionized companies": "Empresas sindicalizadas",
    "Non-unionized companies": "Empresas no sindicalizadas",
    "Companies that had been the subject of an RRM enforcement action ('RRM facilities')":
        "Empresas que habían sido objeto de una acción del Mecanismo de Respuesta Rápida (“instalaciones con "
        "caso”)",
    "Companies not subject to an RRM enforcement action ('non-RRM facilities')":
        "Empresas que no habían sido objeto de una acción del mecanismo (“instalaciones sin caso”)",
    "How facilities were chosen": "Cómo se eligieron las instalaciones",
    "Sampling method": "Método de muestreo",
    "Where interviewers met workers": "Dónde encontraron los entrevistadores a los trabajadores",
    "Interview team": "Equipo de entrevistadores",
    "Author's caveat on the sample": "Salvedad de la autora sobre la muestra",
    "How the lead author described the study": "Cómo describió el estudio su autora principal",
    # ... and the sources' words in it ("value_text"), translated; the chapter gives the English beside them.
    "130 workers": "130 trabajadores",
    "twelve facilities": "doce instalaciones",
    "seven supplier facilities": "siete instalaciones de proveedores",
    "five assembly plants": "cinco plantas de ensamble",
    "eight states": "ocho estados",
    "Six of the twelve companies": "seis de las doce empresas",
    "the remaining six": "las seis restantes",
    "nine were unionized": "nueve estaban sindicalizadas",
    "Three of the twelve companies were not unionized": "tres de las doce empresas no estaban sindicalizadas",
    "Three of the twelve companies": "tres de las doce empresas",
    "nine had not been subject to an RRM enforcement action":
        "nueve no habían sido objeto de una acción del mecanismo",
    "targeted facilities of central importance to the auto trade sector":
        "se eligieron instalaciones de importancia central para el comercio del sector automotriz",
    "non-probability snowball sampling method whereby the interviewee could suggest other possible "
    "interviewees":
        "muestreo no probabilístico de bola de nieve, en el que cada persona entrevistada podía sugerir a otras "
        "posibles entrevistadas",
    "outside the facilities": "fuera de las instalaciones",
    "comprised Mexican nationals": "integrado por personas de nacionalidad mexicana",
    "a small fraction of the tens of thousands of workers in the Mexican automobile sector":
        "una pequeña fracción de las decenas de miles de trabajadores del sector automotriz mexicano",
    "exploratory": "exploratorio",
}
