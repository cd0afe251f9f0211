"""Spanish for the Rapid Response record's charts and tables (widgets.charts.rrm_record), and for the
facilities as data/rrm_requests.csv describes them."""

WORDS: dict[str, str] = {
    # The Rapid Response record's counts (widgets.charts.rrm_record).
    "Request for review": "Solicitud de revisión",
    "Declined petition": "Petición rechazada",
    "Year": "Año",
    "Counted by": "Contado por",
    "Group": "Grupo",
    "Kind": "Tipo",
    "Number": "Número",
    "Facilities": "Instalaciones",
    "Number of requests": "Número de solicitudes",
    "Count by: ": "Contar por: ",
    "USTR and DOL releases, Mexican statements and the press, case by case":
        "comunicados de USTR y del DOL, declaraciones del gobierno de México y prensa, caso por caso",
    "Sources of each request: see the case table and rrm_request_facts.csv":
        "Fuentes de cada solicitud: véanse la tabla de casos y rrm_request_facts.csv",
    # The facilities as data/rrm_requests.csv describes them (the "facility" field, kept in English
    # there): the descriptive words in Spanish, the names of companies, plants and places as they are.
    "General Motors plant, Silao": "Planta de General Motors, Silao",
    "Tridonex auto parts factory, Matamoros": "Fábrica de autopartes de Tridonex, Matamoros",
    "Panasonic Automotive Systems de México facility, Reynosa":
        "Instalación de Panasonic Automotive Systems de México, Reynosa",
    "Teksid Hierro de México plant, Frontera": "Planta de Teksid Hierro de México, Frontera",
    "Manufacturas VU automotive components facility, Piedras Negras":
        "Instalación de componentes automotrices de Manufacturas VU, Piedras Negras",
    "BBB Industries de México plant, Reynosa": "Planta de BBB Industries de México, Reynosa",
    "Saint-Gobain Nicolás Bravo 8 plant, Cuautla": "Planta Nicolás Bravo 8 de Saint-Gobain, Cuautla",
    "Unique Fabricating facility, Santiago de Querétaro": "Instalación de Unique Fabricating, Santiago de Querétaro",
    "Goodyear tire facility, San Luis Potosí": "Planta de llantas de Goodyear, San Luis Potosí",
    "Draxton auto parts foundry, Irapuato": "Fundidora de autopartes de Draxton, Irapuato",
    "Industrias del Interior (INISA) denim garment facility, Aguascalientes":
        "Planta de prendas de mezclilla de Industrias del Interior (INISA), Aguascalientes",
    "San Martín lead, zinc and copper mine, Sombrerete": "Mina San Martín, de plomo, zinc y cobre, Sombrerete",
    "Grupo Yazaki Planta León": "Grupo Yazaki Planta León",
    "Aerotransportes Mas de Carga (Mas Air), Mexico City": "Aerotransportes Mas de Carga (Mas Air), Ciudad de México",
    "Asiaway Automotive Components Mexico, San Luis Potosí": "Asiaway Automotive Components Mexico, San Luis Potosí",
    "Fujikura auto parts plant, Piedras Negras": "Planta de autopartes de Fujikura, Piedras Negras",
    "two Atento Servicios call centers, Pachuca": "dos centros de atención telefónica de Atento Servicios, Pachuca",
    "RV Fresh Foods guacamole plant, Uruapan": "Planta de guacamole de RV Fresh Foods, Uruapan",
    "Servicios Industriales González steel components plants, Nuevo León":
        "Plantas de componentes de acero de Servicios Industriales González, Nuevo León",
    "Minera Tizapa mine, Zacazonapan": "Mina de Minera Tizapa, Zacazonapan",
    "Industrias Tecnos ammunition plant, Cuernavaca": "Planta de municiones de Industrias Tecnos, Cuernavaca",
    "Pirelli Neumáticos tire plant, Silao": "Planta de llantas de Pirelli Neumáticos, Silao",
    "Camino Rojo mine, Zacatecas": "Mina Camino Rojo, Zacatecas",
    "Bader de México leather plant, León": "Planta de piel de Bader de México, León",
    "Mexican subsidiary of Caterpillar": "Filial mexicana de Caterpillar",
    "Grupo Yazaki plant, León": "Planta de Grupo Yazaki, León",
}

# Counted words, one and many (widgets.i18n.say_count).
PLURALS: dict[str, tuple[str, str]] = {
    "request": ("{n} solicitud", "{n} solicitudes"),
    "declined": ("{n} rechazada", "{n} rechazadas"),
}
