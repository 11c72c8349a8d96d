/*
 * Keeps the case list's page report right as the user pages, sorts or changes the page size. The
 * browser writes the report from the template the table was drawn with ("of at least 21"), and a
 * page turn redraws only the rows; so the server sends the template for each page it loads (the
 * callback parameter caseListReport, CaseListView), and this puts it in the paginator: paging on to
 * where the count ended says the exact number.
 */
(function () {
  $(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
    var report = args && args.caseListReport;
    var table = report && PrimeFaces.widgets.casesTable;
    if (table && table.paginator) {
      table.paginator.cfg.currentPageTemplate = report;
      table.paginator.updateUI();
    }
  });
})();
