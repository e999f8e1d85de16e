/** Function words that carry no claim on their own: ignored for retrieval and same-claim scoring. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am among an and any are aren't around as at be
  because been before being below between both but by can cannot could couldn't did didn't do does doesn't doing
  don't down during each either else even ever every few for from further had hadn't has hasn't have haven't having
  he her here hers herself him himself his how however i if in into is isn't it its itself just least less let like
  made make many may me might more most much must my myself neither no nor not now of off often on once one only or
  other others otherwise our ours ourselves out over own per perhaps rather same says said say saying shall she
  should shouldn't since so some such than that the their theirs them themselves then there these they this those
  though through thus to too toward towards under until up upon us very was wasn't we were weren't what when where
  whether which while who whom whose why will with within without would wouldn't yet you your yours yourself
  according also already always another anyway because became become becomes been began begin being besides
  can't could did done each especially etc far first get gets getting got indeed instead itself last later
  likely mr mrs ms dr next onto put quite really s seem seemed seems several still take taken took way well went
  whose yet roughly approximately inside hundred thousand million billion`.split(/\s+/).filter(Boolean),
);
