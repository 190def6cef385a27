import StakeholderCore
import Testing
@testable import StakeholderExtraction

/// Sentences that must give a stated relation, and sentences that must give none, per
/// language. Invented newswire-style sentences.
@Suite struct RelationCorpusTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var type: RelationKind
        var source: String
        var target: String
        var description: String { "\(type.rawValue) \(source) -> \(target): \(text)" }
    }

    static let spanish: [Case] = [
        Case(text: "La ministra de Ambiente, Carla Ríos, se reunió con los dirigentes de la comunidad campesina de Pampa Verde.",
             type: .meeting, source: "Carla Ríos", target: "Pampa Verde"),
        Case(text: "Los pobladores de Santa Rosa exigieron a la empresa minera Cerro Alto la reparación de los daños.",
             type: .demand, source: "Santa Rosa", target: "Cerro Alto"),
        Case(text: "El Frente de Defensa de Río Claro denunció a la minera Andina Gold por contaminar el río.",
             type: .grievance, source: "Frente de Defensa de Río Claro", target: "Andina Gold"),
        Case(text: "La Defensoría del Pueblo se reunirá con los representantes de la Federación Minera del Sur.",
             type: .meeting, source: "Defensoría del Pueblo", target: "Federación Minera del Sur"),
        Case(text: "Los mineros artesanales realizaron un paro contra el Ministerio de Energía y Minas.",
             type: .grievance, source: "mineros artesanales", target: "Ministerio de Energía y Minas"),
        Case(text: "El alcalde de San Marcos, Pedro Quispe, acusó a la compañía Minera Los Andes de incumplir sus compromisos.",
             type: .grievance, source: "Pedro Quispe", target: "Minera Los Andes"),
        Case(text: "Juan Pérez, presidente de la Asociación de Productores de Leche, señaló que la empresa Lácteos del Norte es responsable de la crisis.",
             type: .grievance, source: "Juan Pérez", target: "Lácteos del Norte"),
        Case(text: "Juan Pérez, presidente de la Asociación de Productores de Leche, señaló que la empresa Lácteos del Norte es responsable de la crisis.",
             type: .affiliation, source: "Juan Pérez", target: "Asociación de Productores de Leche"),
        Case(text: "El presidente Andrés Salas sostuvo una reunión con el embajador de Japón, Kenji Sato.",
             type: .meeting, source: "Andrés Salas", target: "Kenji Sato"),
        Case(text: "El presidente Andrés Salas sostuvo una reunión con el embajador de Japón, Kenji Sato.",
             type: .affiliation, source: "Kenji Sato", target: "Japón"),
        Case(text: "La Embajada de Canadá expresó su apoyo al Colegio de Ingenieros.",
             type: .support, source: "Embajada de Canadá", target: "Colegio de Ingenieros"),
        Case(text: "El gerente de la empresa Cerro Alto se comprometió con la comunidad de Santa Rosa a construir un reservorio.",
             type: .commitment, source: "gerente de la empresa Cerro Alto", target: "Santa Rosa"),
        Case(text: "El gobernador regional Luis Rojas y los dirigentes de la comunidad de Pampa Verde se reunieron el martes.",
             type: .meeting, source: "Luis Rojas", target: "Pampa Verde"),
        Case(text: "Los comuneros de Santa Rosa rechazaron el proyecto minero Cerro Alto.",
             type: .grievance, source: "Santa Rosa", target: "Cerro Alto"),
        Case(text: "La empresa Cerro Alto incumplió los acuerdos firmados con la comunidad, denunció el dirigente Luis Quispe.",
             type: .grievance, source: "Luis Quispe", target: "Cerro Alto"),
        Case(text: "“Exigimos que el presidente del Consejo de Ministros venga a la provincia”, declaró Rosa Condori a la prensa local.",
             type: .demand, source: "Rosa Condori", target: "presidente del Consejo de Ministros"),
        Case(text: "El ministro Luis Rojas se reunió con los dirigentes del Frente de Defensa de Río Claro. Los dirigentes del Frente de Defensa de Río Claro expusieron sus demandas sobre el agua.",
             type: .demand, source: "Frente de Defensa de Río Claro", target: "Luis Rojas"),
        Case(text: "El presidente de la comunidad, Isaías Quispe, afirmó que no se moverán del lugar hasta que la empresa Cerro Alto repare el canal.",
             type: .demand, source: "Isaías Quispe", target: "Cerro Alto"),
        Case(text: "La alcaldesa Rosa Díaz criticó la indiferencia del Ministerio de Energía y Minas.",
             type: .grievance, source: "Rosa Díaz", target: "Ministerio de Energía y Minas"),
        Case(text: "El dirigente Pedro Huamán lamentó que la empresa Cerro Alto no haya cumplido los acuerdos.",
             type: .grievance, source: "Pedro Huamán", target: "Cerro Alto"),
        Case(text: "La gobernadora Ana Vargas se reunió con los representantes de la empresa Cerro Alto. También participó en la reunión el presidente de la comunidad de Santa Rosa, Juan Mamani.",
             type: .meeting, source: "Juan Mamani", target: "Cerro Alto"),
        Case(text: "Cientos de pobladores de Santa Rosa marcharon contra la empresa Cerro Alto el lunes.",
             type: .grievance, source: "Santa Rosa", target: "Cerro Alto"),
        Case(text: "La empresa Cerro Alto firmó un acta de acuerdos con la comunidad de Santa Rosa.",
             type: .resolution, source: "Cerro Alto", target: "Santa Rosa"),
        Case(text: "Según el presidente del Frente de Defensa de Río Claro, Edison Quispe, el Gobierno ha abandonado a las comunidades.",
             type: .grievance, source: "Edison Quispe", target: "Gobierno"),
        Case(text: "Miles de mineros informales marcharon hasta el Congreso para exigir la ampliación del registro.",
             type: .demand, source: "mineros informales", target: "Congreso"),
        Case(text: "Los comuneros de Santa Rosa exigieron a la empresa minera Las Lomas el pago de una compensación.",
             type: .demand, source: "Santa Rosa", target: "Las Lomas"),
        Case(text: "La comunidad campesina de Santa Rosa y la empresa Cerro Alto firmaron un acta de entendimiento.",
             type: .resolution, source: "Santa Rosa", target: "Cerro Alto"),
        Case(text: "Según los dirigentes de la comunidad de Santa Rosa, la empresa Cerro Alto no ha cumplido con los compromisos asumidos.",
             type: .grievance, source: "Santa Rosa", target: "Cerro Alto"),
        Case(text: "Pobladores de la parroquia Palo Verde rechazaron la presencia de la empresa Cerro Alto en su territorio.",
             type: .grievance, source: "Palo Verde", target: "Cerro Alto"),
        Case(text: "La federación campesina anunció un paro regional contra la empresa Cerro Alto.",
             type: .grievance, source: "federación campesina", target: "Cerro Alto"),
        Case(text: "El presidente Andrés Salas se reunió con los dirigentes de la comunidad de Santa Rosa. Los dirigentes expusieron sus demandas de compensación y empleo.",
             type: .demand, source: "Santa Rosa", target: "Andrés Salas"),
        Case(text: "El presidente Andrés Salas se reunió con los dirigentes de la comunidad de Santa Rosa. En la reunión también participaron el ministro de Energía y Minas, Luis Rojas, y representantes de la empresa Cerro Alto.",
             type: .meeting, source: "Cerro Alto", target: "Santa Rosa"),
        Case(text: "Algunos pobladores de Santa Rosa señalaron que los programas sociales de la empresa Cerro Alto son insuficientes.",
             type: .grievance, source: "Santa Rosa", target: "Cerro Alto"),
        Case(text: "El alcalde de Villa Azul, quien respalda la protesta, pidió al Gobierno declarar la emergencia.",
             type: .demand, source: "alcalde de Villa Azul", target: "Gobierno"),
        Case(text: "Los comuneros exigen la presencia del gerente de la empresa Cerro Alto.",
             type: .affiliation, source: "gerente de la empresa Cerro Alto", target: "Cerro Alto"),
        Case(text: "Frente a esta situación, el dirigente Luis Quispe denunció a la minera Andina Gold.",
             type: .grievance, source: "Luis Quispe", target: "Andina Gold"),
    ]

    static let spanishNegative: [String] = [
        "El ministro no se reunió con los dirigentes de la comunidad de Pampa Verde.",
        "Los dirigentes se negaron a reunirse con el gerente de la empresa Cerro Alto.",
        "Si la empresa acepta, los comuneros se reunirían con sus representantes.",
        "La reunión se realizó en Arequipa el lunes.",
        "El diálogo entre la empresa Cerro Alto y la comunidad de Santa Rosa se rompió la semana pasada.",
        "Los vecinos de Santa Rosa viajaron a Lima para dialogar con el ministro.",
        "La compañía señaló que está dispuesta a dialogar con las autoridades comunales.",
        "El paro convocado por el Frente de Defensa de Río Claro cumplió su tercer día.",
        "El ministro anunció que no se reunirá con los mineros informales.",
        "Los mineros rechazaron reunirse con el ministro de Energía.",
        "La reunión entre el ministro y los dirigentes de Pampa Verde fue suspendida por la lluvia.",
        "Los dirigentes del Frente de Defensa de Río Claro expusieron sus demandas en una conferencia de prensa.",
        "Los comuneros seguirán en el lugar hasta que llegue la noche.",
        "Los vecinos de Santa Rosa esperaron hasta que la empresa Cerro Alto abrió sus oficinas.",
        "También participó en la reunión el alcalde de Villa Azul, Pedro Ramos.",
        "La marcha contra la contaminación reunió a cientos de personas en la plaza.",
        "No se firmó un acta con la comunidad de Santa Rosa.",
        "Los dirigentes abandonaron la mesa de trabajo en Lima.",
        "La empresa Cerro Alto señaló que se mantiene abierta al diálogo con las comunidades.",
        "El alcalde Pedro Ramos lamentó el fallecimiento del dirigente de la comunidad de Santa Rosa.",
        "La denuncia fue presentada por parte de la comunidad de Santa Rosa en la fiscalía.",
    ]

    static let english: [Case] = [
        Case(text: "Energy Minister John Carter met with leaders of the Santa Elena community on Tuesday.",
             type: .meeting, source: "John Carter", target: "Santa Elena"),
        Case(text: "Residents of San Pedro accused the Apex Mining company of polluting their water.",
             type: .grievance, source: "San Pedro", target: "Apex Mining"),
        Case(text: "The National Federation of Artisanal Miners demanded that the government extend the registry.",
             type: .demand, source: "National Federation of Artisanal Miners", target: "government"),
        Case(text: "The World Bank expressed support for the Ministry of Environment.",
             type: .support, source: "World Bank", target: "Ministry of Environment"),
        Case(text: "Northern Copper Corp. committed to fund a health clinic for the Rio Blanco community.",
             type: .commitment, source: "Northern Copper Corp.", target: "Rio Blanco"),
        Case(text: "Maria Lopez, a spokeswoman for the Rio Blanco Defense Front, said the residents will protest against Northern Copper.",
             type: .grievance, source: "Maria Lopez", target: "Northern Copper"),
        Case(text: "Maria Lopez, a spokeswoman for the Rio Blanco Defense Front, said the residents will protest against Northern Copper.",
             type: .affiliation, source: "Maria Lopez", target: "Rio Blanco Defense Front"),
        Case(text: "U.S. Ambassador Lisa Kent met with President Ana Torres at the presidential palace.",
             type: .meeting, source: "Lisa Kent", target: "Ana Torres"),
        Case(text: "Farmers in the valley urged the Ministry of Agriculture to suspend the water permits.",
             type: .demand, source: "Farmers", target: "Ministry of Agriculture"),
        Case(text: "Apex Mining executives and leaders of the Santa Elena community met on Tuesday in the capital.",
             type: .meeting, source: "Apex Mining", target: "Santa Elena"),
        Case(text: "The Rio Blanco Defense Front called for the resignation of the Minister of Mines, Carlos Vega.",
             type: .demand, source: "Rio Blanco Defense Front", target: "Carlos Vega"),
        Case(text: "Apex Mining has violated the agreement, the mayor of Santa Elena, John Smith, said on Monday.",
             type: .grievance, source: "John Smith", target: "Apex Mining"),
        Case(text: "\"We demand that the government cancel the license,\" said Maria Torres, a spokeswoman for the Rio Blanco Defense Front.",
             type: .demand, source: "Maria Torres", target: "government"),
        Case(text: "Another community leader I met is Mr. Victor from Puno. He feels like the projects done by Apex Mining are just temporary fixes to keep people quiet.",
             type: .grievance, source: "Victor", target: "Apex Mining"),
        Case(text: "Energy Minister John Carter met with leaders of the Santa Elena community. The leaders of the Santa Elena community raised their concerns about the tailings dam.",
             type: .demand, source: "Santa Elena", target: "John Carter"),
        Case(text: "Minister Ana Torres met with directors of Apex Mining on Tuesday. Also participating in this meeting was Deputy Mines Minister Carlos Vega.",
             type: .meeting, source: "Carlos Vega", target: "Apex Mining"),
        Case(text: "Maria Lopez, a spokeswoman for the Rio Blanco Defense Front, decried the government's inaction over the spill.",
             type: .grievance, source: "Maria Lopez", target: "government"),
        Case(text: "Energy and Mines Minister Carla Ruiz met with leaders of the Santa Elena community on Monday.",
             type: .meeting, source: "Carla Ruiz", target: "Santa Elena"),
        Case(text: "Community leader Jorge Mamani told Reuters the company Apex Mining had broken its promises to hire local workers.",
             type: .grievance, source: "Jorge Mamani", target: "Apex Mining"),
        Case(text: "\"We will not lift the blockade until the government listens to us,\" said Maria Huaman, a spokeswoman for the Rio Blanco Defense Front.",
             type: .demand, source: "Maria Huaman", target: "government"),
        Case(text: "Apex Mining, which is owned by two Canadian funds, reached an agreement with the Santa Elena community on Thursday.",
             type: .resolution, source: "Apex Mining", target: "Santa Elena"),
        Case(text: "Environmental groups criticized the Ministry of Environment for extending the permits.",
             type: .grievance, source: "Environmental groups", target: "Ministry of Environment"),
        Case(text: "According to community leaders, Apex Mining has not fulfilled the commitments it made in 2019.",
             type: .grievance, source: "community leaders", target: "Apex Mining"),
        Case(text: "\"We are sleeping in the open air and the government is not paying attention to us,\" said Maria Torres, a miner from Santa Elena.",
             type: .grievance, source: "Maria Torres", target: "government"),
        Case(text: "Hundreds of residents of San Pedro marched against Apex Mining on Monday.",
             type: .grievance, source: "San Pedro", target: "Apex Mining"),
        Case(text: "The farmers said they will not leave the square until the Ministry of Agriculture suspends the permits.",
             type: .demand, source: "farmers", target: "Ministry of Agriculture"),
    ]

    static let englishNegative: [String] = [
        "The minister did not meet with the protesters.",
        "Community leaders refused to meet with company executives.",
        "If the company agrees, the residents would meet with its managers.",
        "The meeting took place in Lima on Monday.",
        "Talks between the Apex Mining company and the farmers broke down last week.",
        "Miners traveled to the capital to negotiate with lawmakers.",
        "The company said it was willing to meet with community leaders.",
        "The meeting between the minister and the Santa Elena community was postponed.",
        "The residents never met with the company.",
        "The leaders of the Santa Elena community raised their concerns at a press conference.",
        "The protesters stayed in the square until the rain started.",
        "The projects are just temporary fixes, residents say.",
        "Also participating in this meeting was Deputy Mines Minister Carlos Vega.",
        "The minister condemned the attack on the Apex Mining camp.",
        "Apex Mining said it remains open to dialogue with the communities.",
        "President Ana Torres promised to prioritize the needs of marginalized Peruvians.",
    ]

    @Test(arguments: spanish)
    func spanishSentenceGivesRelation(_ c: Case) {
        let graph = Fixture.graph(c.text, language: "es")
        #expect(Fixture.has(graph, c.type, c.source, c.target), "found: \(Fixture.describe(graph))")
    }

    @Test(arguments: english)
    func englishSentenceGivesRelation(_ c: Case) {
        let graph = Fixture.graph(c.text, language: "en")
        #expect(Fixture.has(graph, c.type, c.source, c.target), "found: \(Fixture.describe(graph))")
    }

    @Test(arguments: spanishNegative)
    func spanishNegativeGivesNoRelation(_ text: String) {
        let graph = Fixture.graph(text, language: "es")
        #expect(graph.relations.filter { $0.type != .affiliation }.isEmpty, "found: \(Fixture.describe(graph))")
    }

    @Test(arguments: englishNegative)
    func englishNegativeGivesNoRelation(_ text: String) {
        let graph = Fixture.graph(text, language: "en")
        #expect(graph.relations.filter { $0.type != .affiliation }.isEmpty, "found: \(Fixture.describe(graph))")
    }

    @Test(arguments: [
        ("La Defensoría del Pueblo pidió a las autoridades instalar una mesa de diálogo con los comuneros de Santa Rosa.", "es"),
        ("The ombudsman urged authorities to open talks with the Santa Elena community.", "en"),
    ])
    func meetingsAskedForAreNotHeld(_ text: String, _ language: String) {
        let graph = Fixture.graph(text, language: language)
        #expect(graph.relations.contains { $0.type == .demand }, "found: \(Fixture.describe(graph))")
        #expect(!graph.relations.contains { $0.type == .meeting }, "found: \(Fixture.describe(graph))")
    }

    @Test func anAsideSaysNothingAboutWhatFollowsIt() {
        let graph = Fixture.graph("El alcalde de Villa Azul, quien respalda la protesta, pidió al Gobierno declarar la emergencia.", language: "es")
        #expect(graph.relations.map(\.type) == [.demand], "found: \(Fixture.describe(graph))")
    }

    @Test func unnamedOfficersOfPublicBodiesAreNotAffiliated() {
        let graph = Fixture.graph("Los comuneros exigen la presencia del presidente del Congreso de la República.", language: "es")
        #expect(!graph.relations.contains { $0.type == .affiliation }, "found: \(Fixture.describe(graph))")
    }

    @Test func futureAndHypotheticalAreMarked() {
        let future = Fixture.graph("La ministra se reunirá con los dirigentes de la comunidad de Pampa Verde.", language: "es")
        #expect(future.relations.first?.evidence.first?.modality == .future)
        let hypothetical = Fixture.graph("El alcalde Pedro Quispe solicitaría al Congreso una ley de agua.", language: "es")
        #expect(hypothetical.relations.first { $0.type == .demand }?.evidence.first?.modality == .hypothetical)
    }
}
