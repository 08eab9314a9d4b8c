import type { ReactNode } from 'react';
import { Paper, Table, type MantineBreakpoint, type TableProps, type TableThProps } from '@mantine/core';
import { TableScroll } from './TableScroll';

/** A column heading: its text, or its text with props for its header cell (alignment, width). */
export type ListColumn = ReactNode | ({ label: ReactNode } & TableThProps);

function HeaderCell({ column }: { column: ListColumn }) {
  if (typeof column === 'object' && column !== null && 'label' in column) {
    const { label, ...props } = column;
    return <Table.Th scope="col" {...props}>{label}</Table.Th>;
  }
  return <Table.Th scope="col">{column}</Table.Th>;
}

/**
 * A list as a table: a named region that scrolls sideways on a phone, a header row of column names,
 * the rows given, framed in a Paper; `visibleFrom` hides it on a phone (where a list of cards stands instead).
 */
export function ListTable({ label, minWidth, columns, children, visibleFrom, tableProps }: {
  label: string;
  minWidth: number;
  columns: ListColumn[];
  children: ReactNode;
  visibleFrom?: MantineBreakpoint;
  tableProps?: TableProps;
}) {
  return (
    <Paper p={0} visibleFrom={visibleFrom} style={{ overflow: 'hidden' }}>
      <TableScroll label={label} minWidth={minWidth}>
        <Table aria-label={label} {...tableProps}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              {columns.map((column, i) => <HeaderCell key={i} column={column} />)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </TableScroll>
    </Paper>
  );
}
