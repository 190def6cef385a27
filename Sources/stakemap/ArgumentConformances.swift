import ArgumentParser
import StakeholderCore

// Library enums that commands take as option values (their raw values are the spellings).
extension EdgeWeighting: ExpressibleByArgument {}
extension RelationLayer: ExpressibleByArgument {}
extension CentralityFormat: ExpressibleByArgument {}
extension GrievanceFormat: ExpressibleByArgument {}
