import EssorCore
import EssorExchange
import EssorStore
import Testing

@Suite struct PartnerReportTests {
    func load(
        _ partner: String, _ cohort: String, planned: Double, meetings: Double, entered: Double = 0,
        id: Int64 = 1
    )
        -> MissionLoad
    {
        MissionLoad(
            assignment: Assignment(
                id: id, partnerID: id, cohortID: 10, structureID: nil, mission: "m", daysPlanned: planned,
                status: .ongoing),
            partnerName: partner, cohortName: cohort, structureName: nil,
            usage: Workload.Usage(
                assignmentID: id, planned: planned, fromMeetings: meetings, entered: entered, scheduled: 0,
                lastActivity: nil), idle: false)
    }

    @Test func totalsPerPartnerAndOverall() throws {
        let report = PartnerReport([
            load("Bartle", "Numérique", planned: 5, meetings: 1.5),
            load("Bartle", "Numérique", planned: 2, meetings: 0, entered: 1, id: 1),
            load("=HYPERLINK(\"x\")", "Exemple", planned: 1, meetings: 2, id: 2),
        ])
        #expect(report.lines.count == 2)
        #expect(report.lines[0].missions == 2 && report.lines[0].planned == 7 && report.lines[0].used == 2.5)
        #expect(report.lines[1].overAllocated)  // 2 days used of 1 planned
        #expect(report.total.planned == 8 && report.total.used == 4.5 && report.total.remaining == 3.5)
        let csv = try report.csv(.en, totalLabel: "Total")
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows[0].hasPrefix("\u{FEFF}Partner,Cohort,Missions,Days planned"))
        // Every number of a column to the same decimals.
        #expect(rows[1] == "Bartle,Numérique,2,7.00,1.50,1.00,2.50,0.00,4.50,")
        // A name a spreadsheet would run as a formula is neutralised, and quoted.
        #expect(rows[2].hasPrefix("\"'=HYPERLINK(\"\"x\"\")\",Exemple,1,1.00,2.00,0.00,2.00,0.00,-1.00,"))
        // The totals after an empty line, under their own header: a pivot
        // table over the lines never counts them.
        #expect(csv.contains(",yes\r\n\r\nPartner,Cohort,Missions,"))
        #expect(rows[3].hasPrefix("Partner,Cohort"))
        #expect(rows.last?.hasPrefix("Total,,3,8.00,") == true)
    }
}
