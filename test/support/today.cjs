// The tests' today: the week after the bundled report's response (20 July 2020), so that nothing in it is overdue
// yet, whatever day the tests run. Tests of overdue commitments set their own.
process.env.COMMITTEE_REPORT_TODAY ??= '2020-07-27';
