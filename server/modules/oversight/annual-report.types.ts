import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { AnnualReportStatus, InspectionResult } from './enums.js';
import { FilingStatus } from './reporting.js';

registerEnumType(FilingStatus, {
  name: 'FilingStatus',
  description: 'A year’s reporting status, as published.',
});

@ObjectType({ description: 'A cross-check that fired, with the numbers behind it.' })
export class AnnualReportWarning {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: "In the viewer's language." })
  message!: string;

  @Field(() => GraphQLJSONObject)
  figures!: Record<string, unknown>;
}

@ObjectType({ description: 'One year of an organization’s reporting duty, as the public sees it.' })
export class ReportingYear {
  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  receivedOn!: string | null;

  @Field(() => FilingStatus)
  filingStatus!: FilingStatus;

  @Field(() => AnnualReportStatus, { nullable: true })
  status!: AnnualReportStatus | null;

  @Field(() => InspectionResult, { nullable: true, description: '年检结论, once approved.' })
  result!: InspectionResult | null;
}
