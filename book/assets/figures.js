// Controls of the book's HTML figures (widgets/html_figures): added, deferred, to pages that have one.
