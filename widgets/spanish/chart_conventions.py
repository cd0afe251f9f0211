"""Spanish for what every chart shares: its source line, its data table and download, its errors
(widgets.charts.conventions, widgets.render)."""

WORDS: dict[str, str] = {
    # The conventions every chart shares (widgets.charts.conventions, widgets.render).
    "Source": "Fuente",
    # The frame of every HTML figure (widgets.html_figures.frame).
    "Source: {source}.": "Fuente: {source}.",
    "Explore this figure": "Explorar esta figura",
    "Data": "Datos",
    "data/{csv} in this site": "data/{csv} en este sitio",
    "Data behind: {title}": "Datos del gráfico: {title}",
    "Show the data behind this chart": "Ver los datos de este gráfico",
    "Download {csv} (all rows, with sources)": "Descargar {csv} (todas las filas, con sus fuentes)",
    "The data behind this chart": "Los datos de este gráfico",
    "The chart could not be drawn: ": "No se pudo dibujar el gráfico: ",
    "Save the chart as an image": "Guardar el gráfico como imagen",
    "This chart needs JavaScript and the book's vega scripts.":
        "Este gráfico necesita JavaScript y los scripts de Vega del libro.",
}
