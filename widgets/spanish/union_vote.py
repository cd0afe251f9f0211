"""Spanish for the union-vote chart (widgets.charts.union_vote)."""

WORDS: dict[str, str] = {
    # The union-vote chart (widgets.charts.union_vote); union names stay as they are.
    "Number of votes": "Número de votos",
    "Share of valid ballots": "Porcentaje de los votos válidos",
    "valid ballots": "votos válidos",
    "Other unions on the ballot (computed)": "Otros sindicatos en la boleta (calculado)",
    "Share of eligible workers": "Porcentaje de los trabajadores con derecho a voto",
    "eligible workers": "trabajadores con derecho a voto",
    "No vote for a listed union (computed)": "Sin voto por un sindicato de la lista (calculado)",
    "Stated by the source": "Dada por la fuente",
    "Computed here": "Calculada aquí",
    "votes": "votos",
    "as reported": "según la fuente",
    "{votes} for the listed unions": "{votes} por los sindicatos de la lista",
    "Show as: ": "Mostrar como: ",
    "Union": "Sindicato",
    "Figure": "Cifra",
    "Shown as": "Mostrada como",
    "How obtained": "Cómo se obtuvo",
    "Votes, or percent of the base chosen below": "Votos, o porcentaje de la base elegida abajo",
    "see each bar's tooltip; all rows in case_outcomes.csv":
        "la que se indica al pasar el cursor sobre cada barra; todas las filas están en case_outcomes.csv",
    "La Coalición (a group critics tie to the CTM)": "La Coalición (un grupo que sus críticos vinculan con la CTM)",
}
